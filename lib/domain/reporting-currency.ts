import { z } from "zod";

const DEFAULT_REPORTING_CURRENCY = "usd";

/** A three-letter ISO 4217 code, any case: `usd`, `EUR` (stored in lower case, as Stripe writes it). */
export const reportingCurrencySchema = z.object({
  currency: z.string().regex(/^\s*[A-Za-z]{3}\s*$/, "use a three-letter currency code, e.g. USD or EUR"),
});

export function reportingCurrencyFrom(value: unknown): string {
  return typeof value === "string" && /^[a-z]{3}$/.test(value) ? value : DEFAULT_REPORTING_CURRENCY;
}
