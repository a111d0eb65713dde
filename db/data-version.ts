import { eq, sql } from "drizzle-orm";
import type { KeelDb } from "./connection";
import { dataVersion, kindVersions } from "./schema";
import type { DataKind } from "@/lib/domain/types";

/**
 * Call inside the transaction that changes data, naming every kind it wrote: caches of derived data
 * key on the data version, and a rebuild rereads only the kinds whose own version moved.
 */
export function bumpDataVersion(db: Pick<KeelDb, "insert">, kinds: readonly DataKind[]): void {
  db.insert(dataVersion)
    .values({ id: 1, version: 1 })
    .onConflictDoUpdate({ target: dataVersion.id, set: { version: sql`${dataVersion.version} + 1` } })
    .run();
  for (const kind of new Set(kinds)) {
    db.insert(kindVersions)
      .values({ kind, version: 1 })
      .onConflictDoUpdate({ target: kindVersions.kind, set: { version: sql`${kindVersions.version} + 1` } })
      .run();
  }
}

export function getDataVersion(db: KeelDb): number {
  return db.select({ version: dataVersion.version }).from(dataVersion).where(eq(dataVersion.id, 1)).get()?.version ?? 0;
}

/** Each kind's version; a kind never written is absent (version 0). */
export function getKindVersions(db: KeelDb): ReadonlyMap<string, number> {
  return new Map(
    db
      .select()
      .from(kindVersions)
      .all()
      .map((row) => [row.kind, row.version]),
  );
}
