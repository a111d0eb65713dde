import type { DataKind } from "@/lib/domain/types";
import type { WriteMode } from "@/lib/import/sources/source-format";
import { bumpDataVersion } from "../data-version";
import type { KeelDb } from "../connection";
import { markCustomersOfImport } from "./mrr-facts";
import type { StagingTable } from "./staging";
import { differsSql, keyJoinSql, rowJsonSql, rowKeySql, valueColumns } from "./tables";

export interface ApplyRequest {
  kind: DataKind;
  fileName: string;
  userEmail: string | null;
  warnings: string[];
  /** Data rows of the file; the staged rows when absent. */
  rowsRead?: number;
}

export interface KindCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface ApplyCounts extends KindCounts {
  import_id: number;
}

/** One staged kind and how it is written. */
export interface StagedWrite {
  stage: StagingTable;
  mode: WriteMode;
  /** For `create-missing`: rows that only help date a row created from `stage` (e.g. a customer's skipped rows). */
  hints?: StagingTable;
}

export class ForeignKeyError extends Error {}

/**
 * Writes the staged rows in ONE immediate transaction: the import record, replaced versions, the upsert,
 * the customers whose MRR facts must be recomputed (refreshPendingMrrFacts), the data version.
 */
export function applyStaged(db: KeelDb, stage: StagingTable, req: ApplyRequest): ApplyCounts {
  const { import_id, kinds } = applyStagedKinds(db, [{ stage, mode: "upsert" }], req);
  return { import_id, ...kinds[stage.kind]! };
}

/**
 * Several kinds from one file, in the order given (customers before the rows that name them), all in
 * the one transaction; the import record carries the counts of `req.kind`.
 */
export function applyStagedKinds(
  db: KeelDb,
  writes: readonly StagedWrite[],
  req: ApplyRequest,
): { import_id: number; kinds: Partial<Record<DataKind, KindCounts>> } {
  const sqlite = db.$client;
  const run = sqlite.transaction(() => {
    const rowsRead = req.rowsRead ?? writes.reduce((n, w) => n + (w.stage.kind === req.kind ? w.stage.count : 0), 0);
    const importId = Number(
      sqlite
        .prepare(
          `INSERT INTO imports (kind, file_name, user_email, created_at, rows_read, inserted, updated, unchanged, warnings)
           VALUES (?, ?, ?, ?, ?, 0, 0, 0, ?)`,
        )
        .run(req.kind, req.fileName, req.userEmail, Date.now(), rowsRead, JSON.stringify(req.warnings)).lastInsertRowid,
    );
    const kinds: Partial<Record<DataKind, KindCounts>> = {};
    for (const write of writes) {
      try {
        kinds[write.stage.kind] = write.mode === "upsert" ? upsert(sqlite, write.stage, importId) : createMissing(sqlite, write, importId);
      } catch (error) {
        if ((error as { code?: string }).code === "SQLITE_CONSTRAINT_FOREIGNKEY") throw new ForeignKeyError();
        throw error;
      }
    }
    if (writes.some((w) => w.stage.kind === "subscriptions")) markCustomersOfImport(sqlite, importId);
    const main = kinds[req.kind] ?? { inserted: 0, updated: 0, unchanged: 0 };
    sqlite
      .prepare(`UPDATE imports SET inserted = ?, updated = ?, unchanged = ? WHERE id = ?`)
      .run(main.inserted, main.updated, main.unchanged, importId);
    bumpDataVersion(
      db,
      writes.map((w) => w.stage.kind),
    );
    return { import_id: importId, kinds };
  });
  return run.immediate();
}

function upsert(sqlite: KeelDb["$client"], stage: StagingTable, importId: number): KindCounts {
  const spec = stage.spec;
  const table = spec.table;
  const cols = spec.columns.map(([c]) => c);
  const values = valueColumns(spec);
  const update = [...values.map((c) => `${c} = excluded.${c}`), "import_id = excluded.import_id"].join(", ");
  const conflict = values.length
    ? `ON CONFLICT (${spec.key.join(", ")}) DO UPDATE SET ${update} WHERE ${differsSql(spec, table, "excluded")}`
    : `ON CONFLICT DO NOTHING`;
  const updated = values.length
    ? sqlite
        .prepare(
          `INSERT INTO import_row_versions (import_id, row_key, previous)
           SELECT ?, ${rowKeySql(spec, "m")}, ${rowJsonSql(spec, "m")}
           FROM ${stage.name} s JOIN ${table} m ON ${keyJoinSql(spec, "m", "s")} WHERE ${differsSql(spec, "m", "s")}`,
        )
        .run(importId).changes
    : 0;
  const written = sqlite
    .prepare(
      `INSERT INTO ${table} (${cols.join(", ")}, import_id) SELECT ${cols.map((c) => `s.${c}`).join(", ")}, ? FROM ${stage.name} s WHERE true ${conflict}`,
    )
    .run(importId).changes;
  return { inserted: written - updated, updated, unchanged: stage.count - written };
}

/**
 * Customers named by a source file and not stored yet: one per id, from the row (hints of the same
 * customers included) with the earliest signup_date; SQLite takes the bare columns of a min() query
 * from the row holding the minimum.
 */
function createMissing(sqlite: KeelDb["$client"], { stage, hints }: StagedWrite, importId: number): KindCounts {
  if (stage.kind !== "customers") throw new Error(`create-missing writes customers only, not ${stage.kind}`);
  const cols = stage.spec.columns.map(([c]) => c);
  const select = cols.map((c) => (c === "signup_date" ? "min(s.signup_date)" : `s.${c}`)).join(", ");
  const rows = hints
    ? `(SELECT * FROM ${stage.name} UNION ALL SELECT * FROM ${hints.name} h WHERE h.customer_id IN (SELECT customer_id FROM ${stage.name}))`
    : stage.name;
  const inserted = sqlite
    .prepare(
      `INSERT INTO customers (${cols.join(", ")}, import_id) SELECT ${select}, ? FROM ${rows} s WHERE true GROUP BY s.customer_id ON CONFLICT DO NOTHING`,
    )
    .run(importId).changes;
  const { n } = sqlite.prepare(`SELECT count(DISTINCT customer_id) AS n FROM ${stage.name}`).get() as { n: number };
  return { inserted, updated: 0, unchanged: n - inserted };
}
