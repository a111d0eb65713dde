import { count, desc } from "drizzle-orm";
import type { DataKind } from "@/lib/domain/types";
import type { KeelDb } from "../connection";
import { imports, type ImportRow } from "../schema";

/** One import as the API and the history table show it (snake_case, ISO instants). */
export interface ImportSummary {
  id: number;
  kind: DataKind;
  file_name: string;
  user_email: string | null;
  created_at: string;
  rows_read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  warnings: string[];
  undone_at: string | null;
}

export function toImportSummary(row: ImportRow): ImportSummary {
  return {
    id: row.id,
    kind: row.kind as DataKind,
    file_name: row.fileName,
    user_email: row.userEmail,
    created_at: new Date(row.createdAt).toISOString(),
    rows_read: row.rowsRead,
    inserted: row.inserted,
    updated: row.updated,
    unchanged: row.unchanged,
    warnings: row.warnings,
    undone_at: row.undoneAt === null ? null : new Date(row.undoneAt).toISOString(),
  };
}

/** Newest first, one page (`page` from 1). */
export function listImports(db: KeelDb, { page = 1, pageSize = 500 }: { page?: number; pageSize?: number } = {}): ImportSummary[] {
  return db
    .select()
    .from(imports)
    .orderBy(desc(imports.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all()
    .map(toImportSummary);
}

export function countImports(db: KeelDb): number {
  return db.select({ n: count() }).from(imports).get()?.n ?? 0;
}
