import { ErrorCollector, MAX_REPORTED_ERRORS } from "@/lib/import/errors";
import { CsvInputError, isBlankRecord, readCsvRecords, type CsvFormat } from "@/lib/import/read-csv";
import { WINDOWS_1252_WARNING } from "@/lib/import/sniff";
import { missingRequired, type SourceContext, type SourcePreset, type SourceReader } from "@/lib/import/sources/source-format";
import { problemsMessage } from "@/lib/import/validate-csv";
import type { KeelDb } from "../connection";
import { getReportingCurrency } from "../queries/settings";
import { applyStagedKinds, ForeignKeyError, type KindCounts } from "./apply";
import { missingCustomers, repeatedKeys, type FoundErrors } from "./checks";
import type { ImportFailure, ImportOutcome, ImportRequest } from "./import-types";
import { StagingTable } from "./staging";
import { KIND_TABLES } from "./tables";

const PROGRESS_EVERY = 10_000;

/**
 * Reads a file exported by another tool through its preset: each row becomes Keel records of one
 * or more kinds, staged per kind and written all or nothing in one transaction.
 */
export async function importSource(db: KeelDb, req: ImportRequest, preset: SourcePreset): Promise<ImportOutcome> {
  const sqlite = db.$client;
  const context = sourceContext(db, preset);
  const writes = preset.writes.map((w) => ({
    stage: new StagingTable(sqlite, w.kind, KIND_TABLES[w.kind]),
    mode: w.mode,
    hints: w.mode === "create-missing" ? new StagingTable(sqlite, w.kind, KIND_TABLES[w.kind]) : undefined,
  }));
  const stageOf = new Map(writes.map((w) => [w.stage.kind, w.stage]));
  const hintsOf = new Map(writes.flatMap((w) => (w.hints ? [[w.stage.kind, w.hints] as const] : [])));
  const errors = new ErrorCollector();
  const skips = new Map<string, number>();
  let reader: SourceReader | null = null;
  let header: string[] = [];
  let format = null as CsvFormat | null;
  let rowsRead = 0;
  let bytes = 0;
  try {
    try {
      const read = { maxBytes: req.maxBytes, onBytes: (b: number) => (bytes = b), onFormat: (f: CsvFormat) => (format = f) };
      for await (const { cells, row } of readCsvRecords(req.input, read)) {
        if (reader === null) {
          header = cells;
          const missing = missingRequired(preset, cells);
          if (missing.length > 0) {
            const message = `The file is not a ${preset.label} as preset ${preset.id} reads it: the header has no ${missing.map((m) => `'${m}'`).join(", ")} column${missing.length > 1 ? "s" : ""} (names are matched in any case). Leave preset out to use Keel's own columns.`;
            return {
              ok: false,
              status: 422,
              error: message,
              errors: [{ row: 1, column: missing.join(", "), value: "", message }],
              error_count: 1,
            };
          }
          reader = preset.reader(cells);
          continue;
        }
        if (isBlankRecord(cells)) continue;
        rowsRead += 1;
        if (rowsRead % PROGRESS_EVERY === 0) req.onProgress?.({ bytes, rows: rowsRead });
        const outcome = reader.read(cells, context);
        if ("skipped" in outcome) {
          skips.set(outcome.skipped, (skips.get(outcome.skipped) ?? 0) + 1);
          for (const r of outcome.hints ?? []) hintsOf.get(r.kind)?.add(row, KIND_TABLES[r.kind].values(r.record));
        } else if (!outcome.ok) outcome.issues.forEach((issue) => errors.add({ row, ...issue }));
        else if (errors.total === 0) for (const r of outcome.records) stageOf.get(r.kind)!.add(row, KIND_TABLES[r.kind].values(r.record));
      }
    } catch (error) {
      if (!(error instanceof CsvInputError)) throw error;
      if (!error.at) return fail(error.status, error.message);
      const found = { row: error.at.row, column: header[error.at.cell]?.trim() ?? "", value: "", message: error.message };
      return { ok: false, status: 422, error: error.message, errors: [found], error_count: 1 };
    }
    req.onProgress?.({ bytes, rows: rowsRead });
    if (reader === null) return fail(422, "The file is empty; it needs a header row and at least one data row.");
    if (rowsRead === 0) return fail(422, "The file has a header but no data rows.");
    if (errors.total > 0) return failure([{ errors: errors.sorted, total: errors.total }]);
    for (const { stage, mode, hints } of writes) {
      stage.indexByKey();
      hints?.indexByKey();
      if (mode === "upsert") {
        const repeated = repeatedKeys(sqlite, stage, MAX_REPORTED_ERRORS);
        if (repeated.total > 0) return failure([repeated]);
      }
    }
    const warnings = sourceWarnings(preset, reader, skips);
    if (format?.encoding === "windows-1252") warnings.unshift(WINDOWS_1252_WARNING);
    try {
      const { import_id, kinds } = applyStagedKinds(db, writes, {
        kind: preset.mainKind,
        fileName: req.fileName,
        userEmail: req.userEmail,
        warnings,
        rowsRead,
      });
      const main: KindCounts = kinds[preset.mainKind] ?? { inserted: 0, updated: 0, unchanged: 0 };
      const skipped = [...skips.values()].reduce((a, b) => a + b, 0);
      return {
        ok: true,
        result: { import_id, kind: preset.mainKind, preset: preset.id, rows_read: rowsRead, ...main, skipped, warnings, kinds },
      };
    } catch (error) {
      if (error instanceof ForeignKeyError) return failure(writes.map((w) => missingCustomers(sqlite, w.stage, MAX_REPORTED_ERRORS)));
      throw error;
    }
  } finally {
    for (const { stage, hints } of writes) {
      stage.drop();
      hints?.drop();
    }
  }
}

function sourceContext(db: KeelDb, preset: SourcePreset): SourceContext {
  let byName: Map<string, string[]> | null = null;
  if (preset.needsCustomerNames) {
    byName = new Map();
    const rows = db.$client.prepare(`SELECT customer_id AS id, name FROM customers ORDER BY customer_id`).all() as {
      id: string;
      name: string;
    }[];
    for (const { id, name } of rows) {
      const key = name.trim().toLowerCase();
      const ids = byName.get(key);
      if (ids) ids.push(id);
      else byName.set(key, [id]);
    }
  }
  return {
    reportingCurrency: getReportingCurrency(db),
    customerIdsByName: (name) => byName?.get(name.trim().toLowerCase()) ?? [],
  };
}

function sourceWarnings(preset: SourcePreset, reader: SourceReader, skips: Map<string, number>): string[] {
  const warnings = [...skips].map(([reason, count]) => preset.skipWarning(reason, count));
  if (reader.unused.length > 0) warnings.push(`Read as a ${preset.label}; columns not used: ${reader.unused.join(", ")}.`);
  return warnings;
}

function fail(status: 413 | 422, error: string): ImportFailure {
  return { ok: false, status, error, errors: [], error_count: 0 };
}

function failure(found: FoundErrors[]): ImportFailure {
  const total = found.reduce((sum, f) => sum + f.total, 0);
  const errors = found
    .flatMap((f) => f.errors)
    .sort((a, b) => a.row - b.row)
    .slice(0, MAX_REPORTED_ERRORS);
  return { ok: false, status: 422, error: problemsMessage(total), errors, error_count: total };
}
