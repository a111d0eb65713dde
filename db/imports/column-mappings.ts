import { and, desc, eq } from "drizzle-orm";
import type { DataKind } from "@/lib/domain/types";
import { headerSignature, type ColumnMapping } from "@/lib/import/mapping";
import type { KeelDb } from "../connection";
import { columnMappings } from "../schema";

export interface RememberedMapping {
  kind: DataKind;
  header: string[];
  mapping: ColumnMapping;
  updated_at: string;
}

/** Keeps the mapping an import used, for the next file with the same header. */
export function rememberMapping(db: KeelDb, kind: DataKind, header: readonly string[], mapping: ColumnMapping): void {
  const row = { kind, signature: headerSignature(header), header: header.map((h) => h.trim()), mapping, updatedAt: Date.now() };
  db.insert(columnMappings)
    .values(row)
    .onConflictDoUpdate({
      target: [columnMappings.kind, columnMappings.signature],
      set: { header: row.header, mapping, updatedAt: row.updatedAt },
    })
    .run();
}

/** The mapping last used with this header (for `kind`, or for any kind when null). */
export function findMapping(db: KeelDb, header: readonly string[], kind: DataKind | null): RememberedMapping | null {
  const signature = headerSignature(header);
  if (signature === "") return null;
  const where = kind
    ? and(eq(columnMappings.signature, signature), eq(columnMappings.kind, kind))
    : eq(columnMappings.signature, signature);
  const row = db.select().from(columnMappings).where(where).orderBy(desc(columnMappings.updatedAt)).limit(1).get();
  if (!row) return null;
  return { kind: row.kind as DataKind, header: row.header, mapping: row.mapping, updated_at: new Date(row.updatedAt).toISOString() };
}
