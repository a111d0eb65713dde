import { getTableName } from "drizzle-orm";
import type { AnySQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { KeelDb } from "../connection";

/*
 * Plain prepared statements returning arrays (better-sqlite3's raw mode), for reads over every
 * stored row: no object per row and no ORM row mapping. The column list comes from the Drizzle
 * table objects of db/schema.ts, so a column renamed or removed there fails type-checking here, and
 * each row's tuple type follows the columns' declared types.
 */

/** The value SQLite hands back: a boolean-mode column is stored and read as 0 or 1. */
type StoredValue<C extends AnySQLiteColumn> = C["_"]["data"] extends boolean ? number : C["_"]["data"];
type ColumnValue<C extends AnySQLiteColumn> = C["_"]["notNull"] extends true ? StoredValue<C> : StoredValue<C> | null;
export type RawRow<T extends readonly AnySQLiteColumn[]> = { [K in keyof T]: T[K] extends AnySQLiteColumn ? ColumnValue<T[K]> : never };

/** With an order, ties keep the stored order (rowid), as a scan of the table would give them. */
function selectSql(table: SQLiteTable, columns: readonly AnySQLiteColumn[], orderBy: readonly AnySQLiteColumn[], where: string): string {
  const name = (c: AnySQLiteColumn) => `"${c.name}"`;
  return (
    `select ${columns.map(name).join(", ")} from "${getTableName(table)}"${where}` +
    (orderBy.length > 0 ? ` order by ${[...orderBy.map(name), "rowid"].join(", ")}` : "")
  );
}

/** Every row of `table` as a tuple of `columns`, streamed. */
export function iterateRows<const T extends readonly AnySQLiteColumn[]>(
  db: KeelDb,
  table: SQLiteTable,
  columns: T,
  orderBy: readonly AnySQLiteColumn[] = [],
): IterableIterator<RawRow<T>> {
  return db.$client
    .prepare(selectSql(table, columns, orderBy, ""))
    .raw()
    .iterate() as IterableIterator<RawRow<T>>;
}

/** The rows of `table` whose `key` column equals `value`, as tuples of `columns`. */
export function rowsWhere<const T extends readonly AnySQLiteColumn[]>(
  db: KeelDb,
  table: SQLiteTable,
  columns: T,
  key: AnySQLiteColumn,
  value: string,
  orderBy: readonly AnySQLiteColumn[] = [],
): RawRow<T>[] {
  return db.$client
    .prepare(selectSql(table, columns, orderBy, ` where "${key.name}" = ?`))
    .raw()
    .all(value) as RawRow<T>[];
}

export function countRows(db: KeelDb, table: SQLiteTable): number {
  return (
    (db.$client
      .prepare(`select count(*) from "${getTableName(table)}"`)
      .pluck()
      .get() as number) ?? 0
  );
}
