import type Database from "better-sqlite3";
import { getTableName } from "drizzle-orm";
import type { ImportError } from "@/lib/import/errors";
import { duplicateMessage } from "@/lib/import/row-validator";
import { customers } from "../schema";
import type { StagingTable } from "./staging";

export interface FoundErrors {
  errors: ImportError[];
  total: number;
}

function collect<T>(rows: IterableIterator<T>, cap: number, toError: (row: T) => ImportError): FoundErrors {
  const errors: ImportError[] = [];
  let total = 0;
  for (const row of rows) {
    total += 1;
    if (errors.length < cap) errors.push(toError(row));
  }
  return { errors, total };
}

const showKeyCell = (column: string, value: unknown) =>
  column.endsWith("_at") && typeof value === "number" ? new Date(value).toISOString() : String(value);

/** Every staged row whose key an earlier row of the file already used. */
export function repeatedKeys(sqlite: Database.Database, stage: StagingTable, cap: number): FoundErrors {
  const keys = stage.spec.key;
  const on = keys.map((k) => `s.${k} = f.${k}`).join(" AND ");
  const rows = sqlite
    .prepare(
      `SELECT s.row_num AS row, f.first AS first, ${keys.map((k) => `s.${k}`).join(", ")}
       FROM (SELECT ${keys.join(", ")}, min(row_num) AS first FROM ${stage.name} GROUP BY ${keys.join(", ")} HAVING count(*) > 1) f
       JOIN ${stage.name} s ON ${on} AND s.row_num > f.first ORDER BY s.row_num`,
    )
    .iterate() as IterableIterator<Record<string, unknown> & { row: number; first: number }>;
  return collect(rows, cap, (r) => {
    const key = { column: keys.join(" + "), value: keys.map((k) => showKeyCell(k, r[k])).join(" / ") };
    return { row: r.row, column: key.column, value: key.value, message: duplicateMessage(stage.kind, key, r.first, r.row) };
  });
}

/** Staged rows whose customer does not exist. */
export function missingCustomers(sqlite: Database.Database, stage: StagingTable, cap: number): FoundErrors {
  const ref = stage.spec.customerRef;
  if (!ref) return { errors: [], total: 0 };
  const rows = sqlite
    .prepare(
      `SELECT s.row_num AS row, s.${ref} AS id FROM ${stage.name} s
       WHERE s.${ref} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${getTableName(customers)} c WHERE c.${customers.customerId.name} = s.${ref}) ORDER BY s.row_num`,
    )
    .iterate() as IterableIterator<{ row: number; id: (typeof customers.$inferSelect)["customerId"] }>;
  return collect(rows, cap, ({ row, id }) => ({
    row,
    column: ref,
    value: id,
    message: `customer '${id}' does not exist; import customers first (or fix the id)`,
  }));
}
