import type { DataKind } from "@/lib/domain/types";
import type { ImportError } from "@/lib/import/errors";
import type { ColumnMapping } from "@/lib/import/mapping";
import type { CsvInput } from "@/lib/import/read-csv";
import type { KindCounts } from "./apply";

/** What an import is asked (importCsv, importSource) and what it answers. */
export interface ImportRequest {
  kind: DataKind;
  fileName: string;
  userEmail: string | null;
  input: CsvInput;
  /** The `mapping` field as sent (JSON text), or already parsed; remembered for the header when the import succeeds. */
  mapping?: string | ColumnMapping | null;
  /** A source format of DATA.md (e.g. `stripe-subscriptions`); recognised from the header when absent. */
  preset?: string | null;
  maxBytes?: number;
  onProgress?: (p: { bytes: number; rows: number }) => void;
}

export interface ImportResult {
  import_id: number;
  kind: DataKind;
  /** The source format the file was read through; null for Keel's own columns. */
  preset: string | null;
  rows_read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
  warnings: string[];
  /** Counts of every kind the file wrote. */
  kinds: Partial<Record<DataKind, KindCounts>>;
}

export type ImportFailure = { ok: false; status: 400 | 413 | 422; error: string; errors: ImportError[]; error_count: number };
export type ImportOutcome = { ok: true; result: ImportResult } | ImportFailure;
