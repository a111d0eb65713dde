/** CSV text for demo rows, quoted per RFC 4180 by csv-stringify. */
import { stringify } from "csv-stringify/sync";
import type { DatasetKind } from "../domain/types";
import { CSV_COLUMNS, type CsvRow } from "./columns";

/** Rows of one kind as CSV text in DATA.md's column order, with the header line when asked. */
export function csvText(kind: DatasetKind, rows: readonly CsvRow[], header: boolean): string {
  const columns = [...CSV_COLUMNS[kind]];
  if (rows.length === 0) return header ? stringify([columns]) : "";
  return stringify(rows as CsvRow[], { header, columns });
}
