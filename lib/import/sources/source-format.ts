import type { DataKind } from "../../domain/types";
import type { KindRecords } from "../row-schemas";

/** A Keel record of one kind, made from a row of a source file. */
export type KeelRecord = { [K in DataKind]: { kind: K; record: KindRecords[K] } }[DataKind];

/** A problem with one row, named by the source file's own column. */
export interface SourceIssue {
  column: string;
  value: string;
  message: string;
}

export type SourceOutcome =
  | { ok: true; records: KeelRecord[] }
  | { ok: false; issues: SourceIssue[] }
  /** `hints`: records a skipped row still tells about, used only to date a customer created from other rows. */
  | { skipped: string; hints?: KeelRecord[] };

/** What a transform may ask of the database, looked up before the file is read. */
export interface SourceContext {
  /** Lower case, e.g. `usd`. */
  reportingCurrency: string;
  /** Ids of the stored customers with this name (trimmed, case-insensitive). */
  customerIdsByName: (name: string) => readonly string[];
}

/** How the rows of one source file become Keel records; built once per file from its header. */
export interface SourceReader {
  read(cells: readonly string[], context: SourceContext): SourceOutcome;
  /** Header cells the preset does not read (metadata columns left out). */
  unused: string[];
}

/**
 * How a preset writes a kind: `upsert` like Keel's own files (a key twice in the file is an error),
 * or `create-missing`: one row per key, made only when no row with that key is stored yet.
 */
export type WriteMode = "upsert" | "create-missing";

export interface SourcePreset {
  id: string;
  /** "Stripe subscriptions export". */
  label: string;
  /** The kind the import is listed under. */
  mainKind: DataKind;
  /** Kinds in the order they are written (customers before the rows that name them). */
  writes: readonly { kind: DataKind; mode: WriteMode }[];
  /** Each entry is a set of alternative header names, one of which must be present. */
  required: readonly (readonly string[])[];
  needsCustomerNames?: boolean;
  /** Warning for `count` rows skipped for `reason` (the `skipped` of {@link SourceOutcome}). */
  skipWarning: (reason: string, count: number) => string;
  reader(header: readonly string[]): SourceReader;
  /** One line per reading, for the import page. */
  readings: readonly string[];
}

/** `Created (UTC)`, ` created  (utc) ` -> `created (utc)`. */
export function sourceHeaderName(name: string): string {
  return name
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ");
}

/** Finds columns by name (case-insensitive, first occurrence); `get` answers '' for an absent column. */
export class SourceColumns {
  private readonly indexes = new Map<string, number>();
  private readonly used = new Set<number>();

  constructor(readonly header: readonly string[]) {
    header.forEach((h, i) => {
      const name = sourceHeaderName(h);
      if (!this.indexes.has(name)) this.indexes.set(name, i);
    });
  }

  has(...names: string[]): boolean {
    return names.some((n) => this.indexes.has(n));
  }

  /** The index of the first of `names` present, or -1; marks it as read. */
  index(...names: string[]): number {
    for (const n of names) {
      const i = this.indexes.get(n);
      if (i !== undefined) {
        this.used.add(i);
        return i;
      }
    }
    return -1;
  }

  /** The header as written for the column at `index`. */
  label(index: number, fallback: string): string {
    return index >= 0 ? this.header[index].trim() : fallback;
  }

  unused(isIgnored: (name: string) => boolean = () => false): string[] {
    return this.header.filter((h, i) => !this.used.has(i) && h.trim() !== "" && !isIgnored(sourceHeaderName(h))).map((h) => h.trim());
  }
}

export function cell(cells: readonly string[], index: number): string {
  return index >= 0 ? (cells[index] ?? "").trim() : "";
}

export function matchesRequired(preset: Pick<SourcePreset, "required">, header: readonly string[]): boolean {
  return missingRequired(preset, header).length === 0;
}

/** The required columns a header lacks, as "a" or "a or b". */
export function missingRequired(preset: Pick<SourcePreset, "required">, header: readonly string[]): string[] {
  const names = new Set(header.map(sourceHeaderName));
  return preset.required.filter((alternatives) => !alternatives.some((n) => names.has(n))).map((alternatives) => alternatives.join(" or "));
}

export const isMetadataColumn = (name: string) => name.endsWith("(metadata)");
