import { csvLine } from "@/lib/import/escape";

export interface CsvColumn {
  key: string;
  label: string;
}

type Cell = string | number | boolean | null | undefined;

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

/**
 * A chart's data as CSV: the table's column labels as the header and raw (unrounded) values,
 * so a spreadsheet can recompute; formula-looking text is neutralised by escapeCsvCell.
 */
export function chartCsv(columns: readonly CsvColumn[], rows: readonly Record<string, unknown>[]): string {
  const lines = [csvLine(columns.map((c) => c.label))];
  for (const row of rows) lines.push(csvLine(columns.map((c) => toCell(row[c.key]))));
  return `${lines.join("\r\n")}\r\n`;
}
