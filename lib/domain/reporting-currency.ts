import { z } from "zod";

export const DEFAULT_REPORTING_CURRENCY = "usd";

/** A three-letter ISO 4217 code, any case: `usd`, `EUR`. */
export const reportingCurrencySchema = z.object({
  currency: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{3}$/, "use a three-letter currency code, e.g. USD or EUR")
    .transform((c) => c.toLowerCase()),
});

export function reportingCurrencyFrom(value: unknown): string {
  return typeof value === "string" && /^[a-z]{3}$/.test(value) ? value : DEFAULT_REPORTING_CURRENCY;
}
