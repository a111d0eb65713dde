import type { DataKind } from "@/lib/domain/types";
import type { KeelDb } from "../connection";
import { importCsv } from "./import-csv";
import type { ImportOutcome } from "./import-types";

/** One import of an uploaded file, as handed to the import worker (plain data: it crosses threads). */
export interface ImportJob {
  /** The database file the worker opens its own connection to. */
  dbFile: string;
  kind: DataKind;
  fileName: string;
  userEmail: string | null;
  /** The spooled upload on disk. */
  filePath: string;
  maxBytes: number;
  /** Raw form fields passed through as sent: a source format of DATA.md, and a JSON column mapping. */
  preset?: string;
  mapping?: string;
}

/** Streams the spooled file through the import; the same code runs in the worker and in tests. */
export function runImportJob(db: KeelDb, job: ImportJob): Promise<ImportOutcome> {
  return importCsv(db, {
    kind: job.kind,
    fileName: job.fileName,
    userEmail: job.userEmail,
    // A path, not a stream: the reader checks the whole file's encoding before decoding it.
    input: { path: job.filePath },
    maxBytes: job.maxBytes,
    preset: job.preset ?? null,
    mapping: job.mapping ?? null,
  });
}
