import type { DataKind } from "../domain/types";
import { KIND_COLUMNS, KIND_KEYS } from "./columns";
import type { ImportError } from "./errors";
import { describeMissingColumns, matchHeader, type HeaderMatch } from "./header";
import { parseRow, recordKey, type DomainRecord, type RawRow } from "./row-schemas";
import type { ColumnMapping } from "./mapping";
import { DELIMITER_LABELS, type Delimiter } from "./sniff";

export type RowResult = { ok: true; record: DomainRecord; key: string } | { ok: false; errors: ImportError[] };

export interface RowValidator {
  match: HeaderMatch;
  warnings: string[];
  /** `cells` in file order; `row` is the spreadsheet row number. */
  validate(cells: readonly string[], row: number): RowResult;
  /** The key column(s) and their cells, for messages. */
  describeKey(cells: readonly string[]): { column: string; value: string };
}

export type HeaderCheck = { ok: true; validator: RowValidator } | { ok: false; error: string; errors: ImportError[] };

/** Checks a header for `kind` and returns the validator for the rows below it. */
export function checkHeader(
  kind: DataKind,
  header: readonly string[],
  delimiter?: Delimiter,
  mapping: ColumnMapping | null = null,
): HeaderCheck {
  const match = matchHeader(kind, header, mapping);
  if (match.missing.length > 0) {
    const message = mapping
      ? `No column of the file feeds ${match.missing.join(", ")}, which ${kind} files need; map ${match.missing.length > 1 ? "them" : "it"} to a header of the file.`
      : describeMissingColumns(match, header, delimiter);
    return { ok: false, error: message, errors: [{ row: 1, column: match.missing.join(", "), value: "", message }] };
  }
  if (match.repeated.length > 0) {
    const message = `The header names ${match.repeated.join(", ")} more than once; keep one column of each name.`;
    return { ok: false, error: message, errors: [{ row: 1, column: match.repeated.join(", "), value: "", message }] };
  }
  const warnings = match.unknown.length
    ? [`Ignored column${match.unknown.length > 1 ? "s" : ""} not used by ${kind}: ${match.unknown.join(", ")}`]
    : [];
  return { ok: true, validator: createRowValidator(kind, match, warnings, delimiter ?? ",") };
}

function createRowValidator(kind: DataKind, match: HeaderMatch, warnings: string[], delimiter: Delimiter): RowValidator {
  const columns = KIND_COLUMNS[kind].map((c) => [c.name, match.indexes.get(c.name) ?? -1] as const);
  const width = match.names.length;
  const keyColumns = KIND_KEYS[kind];
  return {
    match,
    warnings,
    describeKey(cells) {
      const value = keyColumns.map((name) => (cells[match.indexes.get(name) ?? -1] ?? "").trim()).join(" / ");
      return { column: keyColumns.join(" + "), value };
    },
    validate(cells, row) {
      if (cells.length > width && cells.slice(width).some((c) => c.trim() !== "")) {
        return {
          ok: false,
          errors: [
            {
              row,
              column: "",
              value: cells.slice(width).join(","),
              message: `This row has ${cells.length} cells but the header has ${width} columns; put cells that contain ${DELIMITER_LABELS[delimiter]}s in double quotes.`,
            },
          ],
        };
      }
      const raw: RawRow = {};
      for (const [name, index] of columns) raw[name] = index >= 0 ? (cells[index] ?? "") : "";
      const parsed = parseRow(kind, raw);
      if (parsed.ok) return { ok: true, record: parsed.record, key: recordKey(kind, parsed.record) };
      return {
        ok: false,
        errors: parsed.issues.map(({ column, message }) => ({ row, column, value: raw[column]?.trim() ?? "", message })),
      };
    },
  };
}

/** Reports a key seen earlier in the same file, naming both rows. */
export class DuplicateKeyTracker {
  private readonly firstRow = new Map<string, number>();

  constructor(private readonly kind: DataKind) {}

  check(key: string, row: number, describe: () => { column: string; value: string }): ImportError | null {
    const first = this.firstRow.get(key);
    if (first === undefined) {
      this.firstRow.set(key, row);
      return null;
    }
    const cells = describe();
    return {
      row,
      column: cells.column,
      value: cells.value,
      message: duplicateMessage(this.kind, cells, first, row),
    };
  }
}

export function duplicateMessage(kind: DataKind, key: { column: string; value: string }, first: number, row: number): string {
  return `${key.column} '${key.value}' is repeated: rows ${first} and ${row} have the same key; each ${kind} row must appear once per file.`;
}
