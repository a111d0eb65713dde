import type { DataKind } from "../domain/types";
import { ErrorCollector, type ImportError } from "./errors";
import { CsvInputError, isBlankRecord, readCsvRecords, type CsvFormat, type CsvInput } from "./read-csv";
import { checkHeader, DuplicateKeyTracker } from "./row-validator";
import type { HeaderMatch } from "./header";
import { unmatchedMappingHeader, type ColumnMapping } from "./mapping";
import { WINDOWS_1252_WARNING } from "./sniff";
import type { DomainRecord } from "./row-schemas";

export interface ValidateOptions {
  maxBytes?: number;
  /** Called for every valid row, in file order, while the file streams. */
  onRecord?: (record: DomainRecord, row: number) => void;
  onProgress?: (p: { bytes: number; rows: number }) => void;
  /** Keel column -> file header, from the import form's mapping step or the API's `mapping` field. */
  mapping?: ColumnMapping | null;
  /** Called with the header row as written in the file. */
  onHeader?: (header: string[]) => void;
  /** Off when the caller finds repeated keys itself (the importer does it in SQLite, without a million-key Map). */
  detectDuplicates?: boolean;
}

export type ValidationOutcome =
  | { ok: true; rowsRead: number; warnings: string[] }
  | {
      ok: false;
      status: 400 | 413 | 422;
      error: string;
      errors: ImportError[];
      error_count: number;
      rowsRead: number;
      /** The file could not be read to its end (CSV syntax, encoding, size): its errors are all there is to report. */
      fatal?: boolean;
    };

const PROGRESS_EVERY = 10_000;

/** Reads and validates a whole CSV of `kind`, streaming; collects errors (capped, with the exact total). */
export async function validateCsv(kind: DataKind, input: CsvInput, options: ValidateOptions = {}): Promise<ValidationOutcome> {
  const errors = new ErrorCollector();
  const duplicates = options.detectDuplicates === false ? null : new DuplicateKeyTracker(kind);
  let bytes = 0;
  let rowsRead = 0;
  let validator: ReturnType<typeof checkHeader> | null = null;
  let format = null as CsvFormat | null;
  const read = { maxBytes: options.maxBytes, onBytes: (b: number) => (bytes = b), onFormat: (f: CsvFormat) => (format = f) };
  try {
    for await (const { cells, row } of readCsvRecords(input, read)) {
      if (validator === null) {
        options.onHeader?.(cells);
        const unmatched = options.mapping ? unmatchedMappingHeader(options.mapping, cells) : null;
        if (unmatched) return { ok: false, status: 400, error: unmatched, errors: [], error_count: 0, rowsRead, fatal: true };
        validator = checkHeader(kind, cells, format?.delimiter, options.mapping ?? null);
        if (!validator.ok) return { ok: false, status: 422, error: validator.error, errors: validator.errors, error_count: 1, rowsRead };
        continue;
      }
      if (!validator.ok || isBlankRecord(cells)) continue;
      rowsRead += 1;
      if (rowsRead % PROGRESS_EVERY === 0) options.onProgress?.({ bytes, rows: rowsRead });
      const rows = validator.validator;
      const result = rows.validate(cells, row);
      if (!result.ok) {
        result.errors.forEach((e) => errors.add(e));
        continue;
      }
      const duplicate = duplicates?.check(result.key, row, () => rows.describeKey(cells));
      if (duplicate) errors.add(duplicate);
      else options.onRecord?.(result.record, row);
    }
  } catch (error) {
    if (error instanceof CsvInputError) {
      if (!error.at) return { ok: false, status: error.status, error: error.message, errors: [], error_count: 0, rowsRead, fatal: true };
      const column = validator?.ok ? columnAt(validator.validator.match, error.at.cell) : "";
      const found = { row: error.at.row, column, value: error.at.value, message: error.message };
      return { ok: false, status: 422, error: error.message, errors: [found], error_count: 1, rowsRead, fatal: true };
    }
    throw error;
  }
  options.onProgress?.({ bytes, rows: rowsRead });
  if (validator === null) return fileError("The file is empty; it needs a header row and at least one data row.", rowsRead);
  if (rowsRead === 0) return fileError("The file has a header but no data rows.", rowsRead);
  if (errors.total > 0) {
    return {
      ok: false,
      status: 422,
      error: problemsMessage(errors.total),
      errors: errors.sorted,
      error_count: errors.total,
      rowsRead,
    };
  }
  const warnings = validator.ok ? [...validator.validator.warnings] : [];
  if (format?.encoding === "windows-1252") warnings.unshift(WINDOWS_1252_WARNING);
  return { ok: true, rowsRead, warnings };
}

/** The Keel column a cell feeds, else the file's own header for it. */
function columnAt(match: HeaderMatch, cell: number): string {
  for (const [column, index] of match.indexes) if (index === cell) return column;
  return match.names[cell] ?? "";
}

function fileError(message: string, rowsRead: number): ValidationOutcome {
  return { ok: false, status: 422, error: message, errors: [], error_count: 0, rowsRead };
}

export function problemsMessage(total: number): string {
  return `${total} problem${total > 1 ? "s" : ""} found; nothing was imported. Fix the rows listed and upload the file again.`;
}
