import { eq, sql } from "drizzle-orm";
import type { KeelDb } from "./connection";
import { dataVersion } from "./schema";

/** Call inside the transaction that changes data; caches of derived data key on this number. */
export function bumpDataVersion(db: Pick<KeelDb, "insert">): void {
  db.insert(dataVersion)
    .values({ id: 1, version: 1 })
    .onConflictDoUpdate({ target: dataVersion.id, set: { version: sql`${dataVersion.version} + 1` } })
    .run();
}

export function getDataVersion(db: KeelDb): number {
  return db.select({ version: dataVersion.version }).from(dataVersion).where(eq(dataVersion.id, 1)).get()?.version ?? 0;
}
