import type { DataKind } from "@/lib/domain/types";
import { MAX_REPORTED_ERRORS, type ImportError } from "@/lib/import/errors";
import { parseMapping, type ColumnMapping } from "@/lib/import/mapping";
import type { CsvInput } from "@/lib/import/read-csv";
import { peekHeader } from "@/lib/import/sources/peek-header";
import { findPreset, recognisePreset, unknownPresetMessage } from "@/lib/import/sources/presets";
import { matchHeader } from "@/lib/import/header";
import { problemsMessage, validateCsv } from "@/lib/import/validate-csv";
import type { KeelDb } from "../connection";
import { applyStaged, ForeignKeyError } from "./apply";
import { rememberMapping } from "./column-mappings";
import { missingCustomers, repeatedKeys, type FoundErrors } from "./checks";
import { importSource } from "./import-source";
import type { ImportFailure, ImportOutcome, ImportRequest, ImportResult } from "./import-types";
import { StagingTable } from "./staging";
import { KIND_TABLES } from "./tables";

/**
 * Streams a CSV through validation into a TEMP staging table, then applies it all or nothing in one
 * immediate transaction: an upsert by key that records the versions it replaced, so it can be undone.
 */
export async function importCsv(db: KeelDb, req: ImportRequest): Promise<ImportOutcome> {
  const spec = KIND_TABLES[req.kind];
  if (!spec) return { ok: false, status: 400, error: `Unknown kind '${req.kind}'.`, errors: [], error_count: 0 };
  const mapping = parseMapping(req.mapping, req.kind);
  if (!mapping.ok) return { ok: false, status: 400, error: mapping.error, errors: [], error_count: 0 };
  if (req.preset != null && req.preset.trim() !== "") {
    const preset = findPreset(req.preset);
    if (!preset) return { ok: false, status: 400, error: unknownPresetMessage(req.preset.trim()), errors: [], error_count: 0 };
    return importSource(db, req, preset);
  }
  if (mapping.mapping) return importKeelColumns(db, req, mapping.mapping);
  // Keel's own columns win; a header that lacks them may be an export of a known tool.
  const peeked = await peekHeader(req.input);
  if (peeked.header && matchHeader(req.kind, peeked.header).missing.length > 0) {
    const preset = recognisePreset(peeked.header);
    if (preset) return importSource(db, { ...req, input: peeked.input }, preset);
  }
  return importKeelColumns(db, { ...req, input: peeked.input }, null);
}

async function importKeelColumns(db: KeelDb, req: ImportRequest, mapping: ColumnMapping | null): Promise<ImportOutcome> {
  const spec = KIND_TABLES[req.kind];
  const sqlite = db.$client;
  const stage = new StagingTable(sqlite, req.kind, spec);
  let header: string[] = [];
  try {
    const validation = await validateCsv(req.kind, req.input, {
      mapping,
      onHeader: (cells) => (header = cells),
      maxBytes: req.maxBytes,
      onProgress: req.onProgress,
      detectDuplicates: false,
      onRecord: (record, row) => stage.add(row, spec.values(record)),
    });
    stage.flush();
    if (!validation.ok && (validation.status !== 422 || stage.count === 0 || validation.fatal)) {
      const { status, error, errors, error_count } = validation;
      return { ok: false, status, error, errors, error_count };
    }
    stage.indexByKey();
    const found = [{ errors: validation.ok ? [] : validation.errors, total: validation.ok ? 0 : validation.error_count }];
    found.push(repeatedKeys(sqlite, stage, MAX_REPORTED_ERRORS));
    if (!validation.ok) found.push(missingCustomers(sqlite, stage, MAX_REPORTED_ERRORS));
    if (!validation.ok || found.some((f) => f.total > 0)) return failure(found);
    try {
      const counts = applyStaged(db, stage, {
        kind: req.kind,
        fileName: req.fileName,
        userEmail: req.userEmail,
        warnings: validation.warnings,
      });
      const { import_id, inserted, updated, unchanged } = counts;
      if (mapping) rememberMapping(db, req.kind, header, mapping);
      const result = {
        import_id,
        kind: req.kind,
        preset: null,
        rows_read: validation.rowsRead,
        inserted,
        updated,
        unchanged,
        skipped: 0,
        warnings: validation.warnings,
        kinds: { [req.kind]: { inserted, updated, unchanged } },
      };
      return { ok: true, result };
    } catch (error) {
      // The upsert's foreign key names no row; list the rows whose customer is missing.
      if (error instanceof ForeignKeyError) return failure([missingCustomers(sqlite, stage, MAX_REPORTED_ERRORS)]);
      throw error;
    }
  } finally {
    stage.drop();
  }
}

function failure(found: FoundErrors[]): ImportFailure {
  const total = found.reduce((sum, f) => sum + f.total, 0);
  const errors = found
    .flatMap((f) => f.errors)
    .sort((a, b) => a.row - b.row)
    .slice(0, MAX_REPORTED_ERRORS);
  if (total === 0)
    return { ok: false, status: 422, error: "A row refers to data that no longer exists; import the file again.", errors, error_count: 0 };
  return { ok: false, status: 422, error: problemsMessage(total), errors, error_count: total };
}
