import type { DataKind } from "@/lib/domain/types";
import { bumpDataVersion } from "../data-version";
import type { KeelDb } from "../connection";
import type { StagingTable } from "./staging";
import { differsSql, keyJoinSql, rowJsonSql, rowKeySql, valueColumns } from "./tables";

export interface ApplyRequest {
  kind: DataKind;
  fileName: string;
  userEmail: string | null;
  warnings: string[];
}

export interface ApplyCounts {
  import_id: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

export class ForeignKeyError extends Error {}

/** Writes the staged rows in ONE immediate transaction: the import record, replaced versions, the upsert, the data version. */
export function applyStaged(db: KeelDb, stage: StagingTable, req: ApplyRequest): ApplyCounts {
  const sqlite = db.$client;
  const spec = stage.spec;
  const table = spec.table;
  const cols = spec.columns.map(([c]) => c);
  const values = valueColumns(spec);
  const update = [...values.map((c) => `${c} = excluded.${c}`), "import_id = excluded.import_id"].join(", ");
  const conflict = values.length
    ? `ON CONFLICT (${spec.key.join(", ")}) DO UPDATE SET ${update} WHERE ${differsSql(spec, table, "excluded")}`
    : `ON CONFLICT DO NOTHING`;

  const run = sqlite.transaction((): ApplyCounts => {
    const importId = Number(
      sqlite
        .prepare(
          `INSERT INTO imports (kind, file_name, user_email, created_at, rows_read, inserted, updated, unchanged, warnings)
           VALUES (?, ?, ?, ?, ?, 0, 0, 0, ?)`,
        )
        .run(req.kind, req.fileName, req.userEmail, Date.now(), stage.count, JSON.stringify(req.warnings)).lastInsertRowid,
    );
    const updated = values.length
      ? sqlite
          .prepare(
            `INSERT INTO import_row_versions (import_id, row_key, previous)
             SELECT ?, ${rowKeySql(spec, "m")}, ${rowJsonSql(spec, "m")}
             FROM ${stage.name} s JOIN ${table} m ON ${keyJoinSql(spec, "m", "s")} WHERE ${differsSql(spec, "m", "s")}`,
          )
          .run(importId).changes
      : 0;
    let written: number;
    try {
      written = sqlite
        .prepare(
          `INSERT INTO ${table} (${cols.join(", ")}, import_id) SELECT ${cols.map((c) => `s.${c}`).join(", ")}, ? FROM ${stage.name} s WHERE true ${conflict}`,
        )
        .run(importId).changes;
    } catch (error) {
      if ((error as { code?: string }).code === "SQLITE_CONSTRAINT_FOREIGNKEY") throw new ForeignKeyError();
      throw error;
    }
    const counts = { import_id: importId, inserted: written - updated, updated, unchanged: stage.count - written };
    sqlite
      .prepare(`UPDATE imports SET inserted = ?, updated = ?, unchanged = ? WHERE id = ?`)
      .run(counts.inserted, counts.updated, counts.unchanged, importId);
    bumpDataVersion(db);
    return counts;
  });
  return run.immediate();
}
