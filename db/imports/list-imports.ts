import { desc } from "drizzle-orm";
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

/** Newest first. */
export function listImports(db: KeelDb, limit = 500): ImportSummary[] {
  return db.select().from(imports).orderBy(desc(imports.id)).limit(limit).all().map(toImportSummary);
}
