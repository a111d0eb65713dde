import type { Readable } from "node:stream";
import type { ImportFailure, ImportOutcome } from "@/db/imports/import-types";
import type { ImportJob } from "@/db/imports/import-job";
import { DATA_KINDS, type DataKind } from "@/lib/domain/types";
import { readUpload, tooLarge, type UploadRefusal } from "./multipart";
import { createUploadDir, removeUploadDir } from "./temp-files";

export function maxUploadBytes(): number {
  const mb = Number(process.env.KEEL_MAX_UPLOAD_MB);
  return Math.floor((Number.isFinite(mb) && mb > 0 ? mb : 100) * 1024 * 1024);
}

export function parseKind(value: string | null | undefined): DataKind | null {
  const kind = value?.trim().toLowerCase() ?? "";
  return (DATA_KINDS as readonly string[]).includes(kind) ? (kind as DataKind) : null;
}

const KIND_HINT = `kind must be one of ${DATA_KINDS.join(", ")}`;
const unknownKind = (kind: string): UploadRefusal => ({ ok: false, status: 400, error: `Unknown kind '${kind}'; ${KIND_HINT}.` });

/** An upload refused before any import ran; the body may be unread, so the connection is closed after the answer. */
export type UploadFailure = ImportFailure & { refused: true };

function refused(refusal: UploadRefusal): UploadFailure {
  return { ok: false, status: refusal.status, error: refusal.error, errors: [], error_count: 0, refused: true };
}

export interface UploadRequest {
  body: Readable;
  contentType: string | null;
  userEmail: string | null;
  dbFile: string;
  /** Runs the import (a worker thread in the server); it is called once the whole file is on disk. */
  run: (job: ImportJob) => Promise<ImportOutcome>;
}

/**
 * POST /api/imports: spools the file part to a temporary folder, checks the fields (in any order),
 * then runs the import. The folder is removed whatever happens.
 */
export async function importUpload(req: UploadRequest): Promise<ImportOutcome | UploadFailure> {
  const maxBytes = maxUploadBytes();
  const dir = createUploadDir();
  try {
    const upload = await readUpload(req.body, req.contentType, {
      maxBytes,
      dir,
      // An unknown kind is refused as soon as it arrives, without reading a file that follows it.
      checkField: (name, value) => (name === "kind" && !parseKind(value) ? unknownKind(value) : null),
    });
    if (!upload.ok) return refused(upload);
    const { fields, file } = upload;
    if (fields.kind === undefined) return refused({ ok: false, status: 400, error: `The kind field is missing; ${KIND_HINT}.` });
    const kind = parseKind(fields.kind);
    if (!kind) return refused(unknownKind(fields.kind));
    if (!file) return refused({ ok: false, status: 400, error: "The file field is missing; attach the CSV file as 'file'." });
    if (file.bytes > maxBytes) return refused(tooLarge(maxBytes));
    return await req.run({
      dbFile: req.dbFile,
      kind,
      fileName: file.name,
      userEmail: req.userEmail,
      filePath: file.path,
      maxBytes,
      preset: fields.preset,
      mapping: fields.mapping,
    });
  } finally {
    removeUploadDir(dir);
  }
}
