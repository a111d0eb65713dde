import { UNASSIGNED_SEGMENT, type BillingPeriod } from "../../domain/types";
import { parseCount, parseTimestamp } from "../cells";
import { parseAmount, parseQuantity, RowIssues, times, utcDate } from "./source-cells";
import { cell, isMetadataColumn, SourceColumns, type KeelRecord, type SourceOutcome, type SourcePreset } from "./source-format";

const NEVER_PAID = new Set(["incomplete", "incomplete_expired"]);
const NOT_READ = new Set([
  "current period start (utc)",
  "current period end (utc)",
  "trial start (utc)",
  "canceled at (utc)",
  "cancel at period end",
]);

const SKIPS: Record<string, (n: string) => string> = {
  "never-paid": (n) => `${n} with Status incomplete or incomplete_expired skipped: never paid, so never MRR.`,
  free: (n) => `${n} with amount 0 skipped: free plans earn no MRR.`,
  "not-converted": (n) => `${n} skipped whose end is not after its start: a trial that never converted earns no MRR.`,
};

const rows = (count: number) => (count === 1 ? "1 row" : `${count} rows`);

/** Keel's billing period for a Stripe interval and interval count, or why it has none. */
export function billingPeriodOf(interval: string, count: number): { ok: true; value: BillingPeriod } | { ok: false; message: string } {
  if (count < 1) return { ok: false, message: `with Interval Count ${count}: a plan bills every 1 or more ${interval || "month"}s` };
  if (interval === "month" && count === 1) return { ok: true, value: "month" };
  if (interval === "month" && count === 3) return { ok: true, value: "quarter" };
  if ((interval === "month" && count === 12) || (interval === "year" && count === 1)) return { ok: true, value: "year" };
  if (interval === "day" || interval === "week")
    return {
      ok: false,
      message: `is a ${interval === "day" ? "daily" : "weekly"} plan; Keel reports monthly and yearly plans only (and quarterly: month with Interval Count 3)`,
    };
  if (interval === "month" || interval === "year")
    return {
      ok: false,
      message: `with Interval Count ${count} bills every ${count} ${interval}s; Keel reads 1 month, 3 months (quarterly), 12 months or 1 year only`,
    };
  return { ok: false, message: "is not a Stripe interval; Keel reads month and year (quarterly: month with Interval Count 3)" };
}

export const stripeSubscriptions: SourcePreset = {
  id: "stripe-subscriptions",
  label: "Stripe subscriptions export",
  mainKind: "subscriptions",
  writes: [
    { kind: "customers", mode: "create-missing" },
    { kind: "subscriptions", mode: "upsert" },
  ],
  required: [["id"], ["customer id"], ["status"], ["currency"], ["interval"], ["amount"], ["start (utc)", "start date (utc)"]],
  skipWarning: (reason, count) => SKIPS[reason]?.(rows(count)) ?? `${rows(count)} skipped (${reason}).`,
  readings: [
    "subscription_id = id; customer_id = Customer ID; plan = Plan, else Product.",
    "amount = Amount x Quantity (blank Quantity = 1), in major units; Interval month = monthly, month with Interval Count 3 = quarterly, year (or 12 months) = yearly; daily and weekly plans are row errors.",
    "start_date = the date (UTC) of Trial End when it is after Start: a trial earns no MRR; end_date = the date of Ended At, blank while not ended, so a cancellation at the period end keeps its MRR until then.",
    "Skipped and counted in a warning: Status incomplete or incomplete_expired (never paid), amount 0 (free plans), and rows whose end is not after their start (trials that never converted).",
    "A customer not yet stored is created: name = Customer Name, else Customer Email, else the id; signup_date = the date of its earliest Created (else Start) among all its rows of the file, skipped ones included. Customers with skipped rows only are not created; a stored customer is left as it is.",
    "Every row's Currency must be the reporting currency of Settings; (metadata) columns are ignored.",
  ],
  reader(header) {
    const c = new SourceColumns(header);
    const col = {
      id: c.index("id"),
      customer: c.index("customer id"),
      name: c.index("customer name"),
      email: c.index("customer email"),
      plan: c.index("plan"),
      product: c.index("product"),
      quantity: c.index("quantity"),
      currency: c.index("currency"),
      interval: c.index("interval"),
      intervalCount: c.index("interval count"),
      amount: c.index("amount"),
      status: c.index("status"),
      created: c.index("created (utc)"),
      start: c.index("start (utc)", "start date (utc)"),
      trialEnd: c.index("trial end (utc)"),
      endedAt: c.index("ended at (utc)"),
    };
    const label = (key: keyof typeof col, fallback: string) => c.label(col[key], fallback);
    const startLabel = label("start", "Start (UTC)");
    return {
      unused: c.unused((name) => isMetadataColumn(name) || NOT_READ.has(name)),
      read(cells, context): SourceOutcome {
        const get = (key: keyof typeof col) => cell(cells, col[key]);
        const customerRecord = (customerId: string, signupDate: string): KeelRecord => ({
          kind: "customers",
          record: {
            customerId,
            name: get("name") || get("email") || customerId,
            segment: UNASSIGNED_SEGMENT,
            plan: null,
            csm: null,
            acquisitionChannel: null,
            signupDate,
          },
        });
        // A skipped row still dates its customer's signup, should another row of the file create it.
        const skip = (reason: string): SourceOutcome => {
          const customerId = get("customer");
          const created = parseTimestamp(get("created") || get("start"));
          return customerId !== "" && created.ok
            ? { skipped: reason, hints: [customerRecord(customerId, utcDate(created.value))] }
            : { skipped: reason };
        };
        if (NEVER_PAID.has(get("status").toLowerCase())) return skip("never-paid");
        const row = new RowIssues();
        const id = row.required(label("id", "id"), get("id"));
        const customerId = row.required(label("customer", "Customer ID"), get("customer"));
        const currency = get("currency");
        if (currency.toLowerCase() !== context.reportingCurrency) {
          const want = context.reportingCurrency.toUpperCase();
          row.add(
            label("currency", "Currency"),
            currency,
            currency === ""
              ? `Currency is blank; every row must be in the reporting currency ${want} (Settings)`
              : `Currency: '${currency}' is not the reporting currency ${want}; Keel adds up one currency, so change the reporting currency in Settings or leave this subscription out`,
          );
        }
        const intervalText = get("interval");
        const countText = get("intervalCount");
        const count = countText === "" ? 1 : row.take(label("intervalCount", "Interval Count"), countText, parseCount(countText));
        let period: BillingPeriod | undefined;
        if (row.required(label("interval", "Interval"), intervalText) !== undefined && count !== undefined) {
          const p = billingPeriodOf(intervalText.toLowerCase(), count);
          if (p.ok) period = p.value;
          else row.add(label("interval", "Interval"), intervalText, `Interval: '${intervalText}' ${p.message}`);
        }
        const amountText = get("amount");
        const amount =
          row.required(label("amount", "Amount"), amountText) === undefined
            ? undefined
            : row.take(label("amount", "Amount"), amountText, parseAmount(amountText));
        const quantityText = get("quantity");
        const quantity = quantityText === "" ? 1 : row.take(label("quantity", "Quantity"), quantityText, parseQuantity(quantityText));
        const created = row.timestamp(label("created", "Created (UTC)"), get("created"));
        const start = row.timestamp(startLabel, get("start"));
        if (start === null) row.required(startLabel, "");
        const trialEnd = row.timestamp(label("trialEnd", "Trial End (UTC)"), get("trialEnd"));
        const endedAt = row.timestamp(label("endedAt", "Ended At (UTC)"), get("endedAt"));
        if (
          !row.ok ||
          id === undefined ||
          customerId === undefined ||
          period === undefined ||
          amount === undefined ||
          quantity === undefined ||
          created === undefined ||
          start == null ||
          trialEnd === undefined ||
          endedAt === undefined
        ) {
          return { ok: false, issues: row.issues };
        }
        const total = times(amountText, amount, quantity);
        if (total === 0) return skip("free");
        const startDate = utcDate(trialEnd !== null && trialEnd > start ? trialEnd : start);
        const endDate = endedAt === null ? null : utcDate(endedAt);
        if (endDate !== null && endDate <= startDate) return skip("not-converted");
        return {
          ok: true,
          records: [
            customerRecord(customerId, utcDate(created ?? start)),
            {
              kind: "subscriptions",
              record: {
                subscriptionId: id,
                customerId,
                plan: get("plan") || get("product") || null,
                amount: total,
                billingPeriod: period,
                startDate,
                endDate,
              },
            },
          ],
        };
      },
    };
  },
};
