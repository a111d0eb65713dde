import type { DataKind } from "../domain/types";
import { KIND_COLUMNS } from "./columns";
import { csvLine } from "./escape";

/** The header and three example rows of a kind, from the same column definitions the import validates with. */
export function templateCsv(kind: DataKind): string {
  const columns = KIND_COLUMNS[kind];
  const lines = [csvLine(columns.map((c) => c.name))];
  for (let i = 0; i < 3; i += 1) lines.push(csvLine(columns.map((c) => c.examples[i])));
  return `${lines.join("\r\n")}\r\n`;
}
