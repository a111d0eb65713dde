import { z } from "zod";
import type { DataKind } from "../domain/types";
import { columnNames } from "./columns";
import { matchHeader, normalizeHeaderName, type ColumnMapping } from "./header";

export type { ColumnMapping };

export type MappingParse = { ok: true; mapping: ColumnMapping | null } | { ok: false; error: string };

const mappingSchema = z.record(z.string(), z.string({ error: "every value must be the text of a header in the file" }), {
  error: 'mapping must be a JSON object of Keel column -> file header, e.g. {"customer_id": "Account #"}',
});

/** The `mapping` field of an import: absent or blank = none; otherwise a JSON object naming columns of `kind`. */
export function parseMapping(raw: string | ColumnMapping | null | undefined, kind: DataKind): MappingParse {
  if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "")) return { ok: true, mapping: null };
  let value: unknown = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      return {
        ok: false,
        error: `The mapping field is not valid JSON; send an object of Keel column -> file header, e.g. {"customer_id": "Account #"}.`,
      };
    }
  }
  const parsed = mappingSchema.safeParse(value);
  if (!parsed.success)
    return { ok: false, error: `The mapping field is not usable: ${parsed.error.issues[0]?.message ?? "it is not an object"}.` };
  const known = columnNames(kind);
  const mapping: ColumnMapping = {};
  for (const [column, header] of Object.entries(parsed.data)) {
    const name = normalizeHeaderName(column);
    if (!known.includes(name)) {
      return { ok: false, error: `The mapping names '${column}', which is not a column of ${kind}; its columns are ${known.join(", ")}.` };
    }
    if (name in mapping) return { ok: false, error: `The mapping names the column ${name} twice.` };
    mapping[name] = header.trim();
  }
  return { ok: true, mapping };
}

/** A mapped header that the file does not have: the first one, as a message. */
export function unmatchedMappingHeader(mapping: ColumnMapping, header: readonly string[]): string | null {
  const present = new Set(header.map(normalizeHeaderName));
  for (const [column, wanted] of Object.entries(mapping)) {
    if (wanted !== "" && !present.has(normalizeHeaderName(wanted))) {
      const cells = header.map((h) => h.trim()).filter((h) => h !== "");
      return `The mapping feeds ${column} from the header '${wanted}', but the file has no such column; its header reads: ${cells.join(" | ")}.`;
    }
  }
  return null;
}

/** Identifies a header regardless of case, spacing and column order: remembered mappings are looked up by it. */
export function headerSignature(header: readonly string[]): string {
  return [...new Set(header.map(normalizeHeaderName).filter((h) => h !== ""))].sort().join("|");
}

/**
 * Every column of `kind` with the file header that feeds it ('' = none): a remembered mapping where
 * it names a header of this file, otherwise the header with the column's own name.
 */
export function guessMapping(kind: DataKind, header: readonly string[], remembered: ColumnMapping | null = null): ColumnMapping {
  const present = new Map(header.map((h) => [normalizeHeaderName(h), h.trim()] as const));
  const usable = remembered
    ? Object.fromEntries(Object.entries(remembered).filter(([, h]) => h === "" || present.has(normalizeHeaderName(h))))
    : null;
  const match = matchHeader(kind, header, usable);
  return Object.fromEntries(
    columnNames(kind).map((column) => {
      const index = match.indexes.get(column);
      return [column, index === undefined ? "" : header[index].trim()];
    }),
  );
}

/** True when `mapping` feeds every column as matching by name would, so there is nothing to send. */
export function isNameMatch(kind: DataKind, header: readonly string[], mapping: ColumnMapping): boolean {
  const plain = guessMapping(kind, header);
  return columnNames(kind).every((c) => (mapping[c] ?? "") === plain[c]);
}
