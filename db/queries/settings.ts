import { eq } from "drizzle-orm";
import type { KeelDb } from "../connection";
import { settings } from "../schema";
import { healthSettingsFrom } from "@/lib/domain/health-settings";
import type { HealthSettings } from "@/lib/domain/types";

const HEALTH_KEY = "health";

export function getHealthSettings(db: KeelDb): HealthSettings {
  const row = db.select().from(settings).where(eq(settings.key, HEALTH_KEY)).get();
  return healthSettingsFrom(row?.value);
}

export function saveHealthSettings(db: Pick<KeelDb, "insert">, value: HealthSettings): void {
  db.insert(settings)
    .values({ key: HEALTH_KEY, value, updatedAt: Date.now() })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: Date.now() } })
    .run();
}
