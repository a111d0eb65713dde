import { addMonths as addCalendarMonths, differenceInCalendarDays, format } from "date-fns";
import { monthToIndex } from "@/lib/domain/months";
import {
  MONTHS_PER_BILLING_PERIOD,
  type BillingPeriod,
  type HealthSettings,
  type IsoDate,
  type Month,
  type Subscription,
} from "@/lib/domain/types";
import { healthInputs } from "./compute-metrics";
import type { HealthBand } from "./health";
import { healthScorer } from "./health-memo";
import { mrrColumn, subscriptionUnits, toArr } from "./mrr";
import type { PreparedDataset } from "./prepare";

export const RENEWAL_WINDOWS = [30, 60, 90] as const;
export type RenewalWindow = (typeof RENEWAL_WINDOWS)[number];
export type TermPeriod = Exclude<BillingPeriod, "month">;

export interface RenewalRow {
  customer_id: string;
  name: string;
  csm: string | null;
  segment: string;
  subscription_id: string;
  plan: string | null;
  billing_period: TermPeriod;
  renewal_date: IsoDate;
  /** Calendar days from today (the last day of `to`) to the renewal date: 1 = tomorrow. */
  days_until: number;
  /** ARR of the renewing subscription. */
  renewal_arr: number;
  /** The customer's whole ARR at `to`. */
  arr: number;
  health_score: number | null;
  health_band: HealthBand | null;
}

// Calendar dates are handled as local-midnight Dates so date-fns' month arithmetic never crosses a zone.
const toDate = (iso: IsoDate) => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const toIso = (d: Date): IsoDate => format(d, "yyyy-MM-dd");

/** The last day of a month, YYYY-MM-DD: "today" for a period ending with that month. */
export function lastDayOf(month: Month): IsoDate {
  return toIso(new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0));
}

/**
 * The first start + k whole terms (k >= 1) strictly after today. Each date is counted from the start,
 * never from the previous renewal, and a day the target month lacks becomes its last day (date-fns
 * addMonths): a quarter from Jan 31 renews Apr 30, then Jul 31, Oct 31.
 */
export function nextRenewalDate(startDate: IsoDate, period: TermPeriod, today: IsoDate): IsoDate {
  const start = toDate(startDate);
  const now = toDate(today);
  const term = MONTHS_PER_BILLING_PERIOD[period];
  const monthsApart = (now.getFullYear() - start.getFullYear()) * 12 + (now.getMonth() - start.getMonth());
  let k = Math.max(1, Math.floor(monthsApart / term) - 1);
  while (addCalendarMonths(start, k * term) <= now) k++;
  return toIso(addCalendarMonths(start, k * term));
}

/** A term subscription active at the end of today whose next renewal comes before any end date it has. */
function renewalOf(s: Subscription, today: IsoDate): { date: IsoDate; period: TermPeriod } | null {
  if (s.billingPeriod === "month" || s.startDate > today) return null;
  if (s.endDate !== null && s.endDate <= today) return null;
  const date = nextRenewalDate(s.startDate, s.billingPeriod, today);
  if (s.endDate !== null && s.endDate <= date) return null;
  return { date, period: s.billingPeriod };
}

/**
 * Term subscriptions (quarter, year) of the given customers renewing within `withinDays` after today
 * (the last day of `to`): soonest first, then largest renewing ARR.
 */
export function upcomingRenewals(
  p: PreparedDataset,
  customers: Int32Array,
  to: Month,
  withinDays: number,
  settings: HealthSettings,
): RenewalRow[] {
  const today = lastDayOf(to);
  const wanted = new Set(customers);
  const col = mrrColumn(p.mrr, monthToIndex(to));
  const score = healthScorer(p, healthInputs(p), to, settings);
  const rows: RenewalRow[] = [];
  for (const s of p.subscriptions) {
    const c = p.customerIndex.get(s.customerId);
    if (c === undefined || !wanted.has(c) || col[c] <= 0) continue;
    const renewal = renewalOf(s, today);
    if (!renewal) continue;
    const days = differenceInCalendarDays(toDate(renewal.date), toDate(today));
    if (days > withinDays) continue;
    const cust = p.customers[c];
    const health = score(c);
    rows.push({
      customer_id: cust.customerId,
      name: cust.name,
      csm: cust.csm,
      segment: cust.segment,
      subscription_id: s.subscriptionId,
      plan: s.plan,
      billing_period: renewal.period,
      renewal_date: renewal.date,
      days_until: days,
      renewal_arr: toArr(subscriptionUnits(s)),
      arr: toArr(col[c]),
      health_score: health.score,
      health_band: health.band,
    });
  }
  return rows.sort((a, b) => (a.renewal_date < b.renewal_date ? -1 : a.renewal_date > b.renewal_date ? 1 : b.renewal_arr - a.renewal_arr));
}

/** The renewals within one window: how many, their renewing ARR and the part of it at risk. */
export interface RenewalWindowSum {
  days: RenewalWindow;
  count: number;
  arr: number;
  arr_at_risk: number;
}

/** Per window (30, 60, 90 days), summed in the list's order (soonest first), as the dashboard once summed them itself. */
export function renewalWindowSums(rows: readonly RenewalRow[]): RenewalWindowSum[] {
  return RENEWAL_WINDOWS.map((days) => {
    const within = rows.filter((r) => r.days_until <= days);
    return {
      days,
      count: within.length,
      arr: within.reduce((sum, r) => sum + r.renewal_arr, 0),
      arr_at_risk: within.filter((r) => r.health_band === "at_risk").reduce((sum, r) => sum + r.renewal_arr, 0),
    };
  });
}
