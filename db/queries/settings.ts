import { eq } from "drizzle-orm";
import type { KeelDb } from "../connection";
import { settings } from "../schema";
import { healthSettingsFrom } from "@/lib/domain/health-settings";
import { reportingCurrencyFrom } from "@/lib/domain/reporting-currency";
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

const CURRENCY_KEY = "reporting_currency";

/** ISO 4217 code in lower case, as Stripe writes it; `usd` until an admin sets another. */
export function getReportingCurrency(db: KeelDb): string {
  const row = db.select().from(settings).where(eq(settings.key, CURRENCY_KEY)).get();
  return reportingCurrencyFrom(row?.value);
}

export function saveReportingCurrency(db: Pick<KeelDb, "insert">, currency: string): void {
  const value = currency.toLowerCase();
  db.insert(settings)
    .values({ key: CURRENCY_KEY, value, updatedAt: Date.now() })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: Date.now() } })
    .run();
}
