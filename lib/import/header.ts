import { DATA_KINDS, type DataKind } from "../domain/types";
import { columnNames, requiredColumns } from "./columns";
import { DELIMITER_LABELS, type Delimiter } from "./sniff";

/** `Customer ID`, ` customer-id `, `\uFEFFcustomer_id` all become `customer_id`. */
export function normalizeHeaderName(name: string): string {
  return name
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/**
 * Keel column -> the file's header that feeds it, as written in the file (`{"customer_id": "Account #"}`).
 * Columns left out are matched by name; an empty header means the column is not in the file.
 */
export type ColumnMapping = Record<string, string>;

export interface HeaderMatch {
  kind: DataKind;
  /** Normalised names, in file order. */
  names: string[];
  /** Column name -> index in the file (first occurrence). */
  indexes: Map<string, number>;
  matched: string[];
  missing: string[];
  /** Header cells as written in the file that are not columns of this kind. */
  unknown: string[];
  /** Known columns that appear more than once. */
  repeated: string[];
}

/**
 * Which file column feeds each Keel column of `kind`: the `mapping`'s header where it names one
 * ('' = not in the file), otherwise the header with the column's own name.
 */
export function matchHeader(kind: DataKind, header: readonly string[], mapping: ColumnMapping | null = null): HeaderMatch {
  const columns = columnNames(kind);
  const names = header.map(normalizeHeaderName);
  const indexes = new Map<string, number>();
  const used = new Set<number>();
  const mapped = new Set(mapping ? Object.keys(mapping) : []);
  for (const column of mapped) {
    const wanted = normalizeHeaderName(mapping![column]);
    const index = wanted === "" ? -1 : names.indexOf(wanted);
    if (index >= 0) {
      indexes.set(column, index);
      used.add(index);
    }
  }
  const known = new Set(columns.filter((c) => !mapped.has(c)));
  const unknown: string[] = [];
  const repeated: string[] = [];
  names.forEach((name, i) => {
    if (used.has(i)) return;
    if (!known.has(name)) {
      if (name !== "") unknown.push(header[i].trim());
    } else if (indexes.has(name)) repeated.push(name);
    else indexes.set(name, i);
  });
  const matched = columns.filter((n) => indexes.has(n));
  const missing = requiredColumns(kind).filter((n) => !indexes.has(n));
  return { kind, names, indexes, matched, missing, unknown, repeated };
}

/** The kind whose required columns are all present, preferring the one that explains most of the header. */
export function detectKind(header: readonly string[]): DataKind | null {
  let best: { kind: DataKind; score: number } | null = null;
  for (const kind of DATA_KINDS) {
    const m = matchHeader(kind, header);
    if (m.missing.length > 0) continue;
    const score = m.matched.length * 10 - m.unknown.length;
    if (!best || score > best.score) best = { kind, score };
  }
  return best?.kind ?? null;
}

/** What to do about a header that lacks required columns: the kind the file looks like, or how it was split and how to map it. */
export function describeMissingColumns(match: HeaderMatch, header: readonly string[], delimiter?: Delimiter): string {
  const list = match.missing.join(", ");
  let message = `The file has no ${list} column${match.missing.length > 1 ? "s" : ""}, which ${match.kind} files need.`;
  const other = detectKind(header);
  if (other && other !== match.kind) return `${message} This looks like a ${other} file; choose the ${other} kind.`;
  if (delimiter !== undefined) message += ` ${describeSplit(header, delimiter)}`;
  return `${message} Map the file's columns to Keel's (the mapping field), or download the ${match.kind} template to see the expected header.`;
}

/** "Its header, split at semicolons, reads: a | b | c." */
function describeSplit(header: readonly string[], delimiter: Delimiter): string {
  const cells = header.map((h) => h.trim()).filter((h) => h !== "");
  const shown = cells.length > 12 ? [...cells.slice(0, 12), `… (${cells.length} columns)`] : cells;
  return `Its header, split at ${DELIMITER_LABELS[delimiter]}s, reads: ${shown.join(" | ")}.`;
}
