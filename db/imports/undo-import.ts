import { eq } from "drizzle-orm";
import type { DataKind } from "@/lib/domain/types";
import type { KeelDb } from "../connection";
import { bumpDataVersion } from "../data-version";
import { imports } from "../schema";
import { toImportSummary, type ImportSummary } from "./list-imports";
import { markCustomersOfImport } from "./mrr-facts";
import { KIND_TABLES, rowKeySql, type KindTable } from "./tables";

export type UndoOutcome = { ok: true; import: ImportSummary } | { ok: false; status: 404 | 409; error: string };

class Refusal extends Error {
  constructor(
    readonly status: 404 | 409,
    message: string,
  ) {
    super(message);
  }
}

const CHILD_KINDS: DataKind[] = ["subscriptions", "lifecycle", "surveys", "tickets", "usage"];

/**
 * Restores the rows an import replaced and removes the rows it inserted, in one transaction; undoing
 * subscriptions also marks the MRR facts of their customers as pending.
 * Refuses when a later import (not undone) changed the same rows, or when removing customers would orphan other rows.
 */
export function undoImport(db: KeelDb, id: number): UndoOutcome {
  const sqlite = db.$client;
  const run = sqlite.transaction((): ImportSummary => {
    const found = db.select().from(imports).where(eq(imports.id, id)).get();
    if (!found) throw new Refusal(404, `Import #${id} does not exist.`);
    if (found.undoneAt !== null) throw new Refusal(409, `Import #${id} (${found.fileName}) was already undone.`);
    const kind = found.kind as DataKind;
    const spec = KIND_TABLES[kind];
    const later = sqlite
      .prepare(
        `SELECT i.id AS id, i.file_name AS fileName FROM import_row_versions v JOIN imports i ON i.id = v.import_id
         WHERE i.id > ? AND i.undone_at IS NULL AND json_extract(v.previous, '$.import_id') = ?
         ORDER BY i.id DESC LIMIT 1`,
      )
      .get(id, id) as { id: number; fileName: string } | undefined;
    if (later) {
      throw new Refusal(409, `Import #${later.id} (${later.fileName}) later changed rows of this import; undo import #${later.id} first.`);
    }
    const inserted = `m.import_id = ? AND NOT EXISTS (SELECT 1 FROM import_row_versions v WHERE v.import_id = ? AND v.row_key = ${rowKeySql(spec, "m")})`;
    if (kind === "customers") checkOrphans(sqlite, inserted, [id, id]);
    if (kind === "subscriptions") markCustomersOfImport(sqlite, id);
    sqlite.prepare(`DELETE FROM ${spec.table} AS m WHERE ${inserted}`).run(id, id);
    restoreVersions(sqlite, spec, id);
    // A source file (a Stripe export) may also have created the customers its rows name; they go too.
    const changed: DataKind[] = [kind];
    if (kind !== "customers" && sqlite.prepare(`SELECT 1 FROM customers WHERE import_id = ? LIMIT 1`).get(id)) {
      checkOrphans(sqlite, "m.import_id = ?", [id]);
      sqlite.prepare(`DELETE FROM customers WHERE import_id = ?`).run(id);
      changed.push("customers");
    }
    const undoneAt = Date.now();
    db.update(imports).set({ undoneAt }).where(eq(imports.id, id)).run();
    bumpDataVersion(db, changed);
    return toImportSummary({ ...found, undoneAt });
  });
  try {
    return { ok: true, import: run.immediate() };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, status: error.status, error: error.message };
    if ((error as { code?: string }).code === "SQLITE_CONSTRAINT_FOREIGNKEY") {
      return {
        ok: false,
        status: 409,
        error: `Undoing import #${id} would leave rows pointing at missing customers; undo the later imports first.`,
      };
    }
    throw error;
  }
}

function checkOrphans(sqlite: KeelDb["$client"], inserted: string, params: number[]): void {
  for (const child of CHILD_KINDS) {
    const table = KIND_TABLES[child].table;
    const hit = sqlite
      .prepare(
        `SELECT x.import_id AS importId, i.file_name AS fileName FROM ${table} x
         JOIN customers m ON m.customer_id = x.customer_id LEFT JOIN imports i ON i.id = x.import_id
         WHERE ${inserted} LIMIT 1`,
      )
      .get(...params) as { importId: number | null; fileName: string | null } | undefined;
    if (hit) {
      const which = hit.importId === null ? `the ${child} import` : `the ${child} import #${hit.importId} (${hit.fileName})`;
      throw new Refusal(409, `${child} rows refer to customers that this import added; undo ${which} first.`);
    }
  }
}

function restoreVersions(sqlite: KeelDb["$client"], spec: KindTable, id: number): void {
  const cols = spec.columns.map(([c]) => c);
  const valueCols = cols.filter((c) => !spec.key.includes(c));
  if (valueCols.length === 0) return;
  const set = [...valueCols, "import_id"].map((c) => `${c} = excluded.${c}`).join(", ");
  sqlite
    .prepare(
      `INSERT INTO ${spec.table} (${cols.join(", ")}, import_id)
       SELECT ${cols.map((c) => `json_extract(v.previous, '$.${c}')`).join(", ")}, json_extract(v.previous, '$.import_id')
       FROM import_row_versions v WHERE v.import_id = ? AND true
       ON CONFLICT (${spec.key.join(", ")}) DO UPDATE SET ${set}`,
    )
    .run(id);
}
