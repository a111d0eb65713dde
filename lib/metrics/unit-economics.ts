import type { MonthIndex } from "@/lib/domain/months";
import type { MovementTotals } from "./movements";
import { UNITS_PER_MRR } from "./mrr";
import type { PreparedDataset } from "./prepare";
import { divide, pct } from "./ratio";

export function arpa(mrrUnits: number, activeCustomers: number): number | null {
  return activeCustomers === 0 ? null : mrrUnits / (UNITS_PER_MRR * activeCustomers);
}

/** 100 / mean of the non-null monthly logo churn rates; null for none or a mean of 0. */
export function customerLifetimeMonths(monthlyLogoChurnRates: readonly (number | null)[]): number | null {
  const rates = monthlyLogoChurnRates.filter((r): r is number => r !== null);
  if (rates.length === 0) return null;
  const mean = rates.reduce((a, b) => a + b, 0) / rates.length;
  return mean === 0 ? null : 100 / mean;
}

export function cltv(arpaValue: number | null, lifetimeMonths: number | null): number | null {
  return arpaValue === null || lifetimeMonths === null ? null : arpaValue * lifetimeMonths;
}

export function cac(salesMarketingCost: number, newCustomers: number): number | null {
  return divide(salesMarketingCost, newCustomers);
}

export function ltvToCac(cltvValue: number | null, cacValue: number | null): number | null {
  return cltvValue === null || cacValue === null || cacValue === 0 ? null : cltvValue / cacValue;
}

/** Share of added MRR (amounts) that came from existing customers. */
export function expansionShare(m: MovementTotals): number | null {
  return pct(m.expansion.units, m.new.units + m.reactivation.units + m.expansion.units);
}

export const isReferral = (channel: string | null): boolean => channel?.trim().toLowerCase() === "referral";

/** Customers with a `new` movement in from..to (their first month with MRR falls inside), and how many came by referral. */
export function newCustomersIn(
  p: PreparedDataset,
  customers: Int32Array,
  from: MonthIndex,
  to: MonthIndex,
): { count: number; referrals: number } {
  let count = 0;
  let referrals = 0;
  for (const c of customers) {
    const first = p.mrr.firstActive[c];
    if (first < from || first > to) continue;
    count++;
    if (isReferral(p.customers[c].acquisitionChannel)) referrals++;
  }
  return { count, referrals };
}

export function referralRate(newCustomers: { count: number; referrals: number }): number | null {
  return pct(newCustomers.referrals, newCustomers.count);
}
