import { addMonths, indexToMonth, monthToIndex } from "@/lib/domain/months";
import type { Filters, Month, Period } from "@/lib/domain/types";
import { salesMarketing } from "./cost-to-carry";
import { filterCustomers, normalizeFilters } from "./filters";
import { periodSeries } from "./month-series";
import { mrrColumn, sumUnits } from "./mrr";
import type { PreparedDataset } from "./prepare";
import { arpa, cac, cltv, customerLifetimeMonths, ltvToCac } from "./unit-economics";

export interface TrailingUnitEconomics {
  month: Month;
  cac: number | null;
  cltv: number | null;
  ltv_to_cac: number | null;
}

/** Number of months of a period, from..to inclusive. */
export function periodLength(period: Period): number {
  return monthToIndex(period.to) - monthToIndex(period.from) + 1;
}

/**
 * Per month m of the period: CAC, CLTV and LTV:CAC of the window of the period's length that
 * ends with m, by the summary's formulas. So the last point equals the period's own value,
 * and each earlier point is that value had the period ended in m.
 */
export function trailingUnitEconomics(p: PreparedDataset, filters: Filters, period: Period): TrailingUnitEconomics[] {
  const f = normalizeFilters(filters);
  const customers = filterCustomers(p, f);
  const window = periodLength(period);
  const first = monthToIndex(addMonths(period.from, -(window - 1)));
  const to = monthToIndex(period.to);
  const monthly: { salesMarketing: number; newCustomers: number; logoChurn: number | null }[] = [];
  for (let m = first; m <= to; m++) {
    const s = periodSeries(p, m, m, { customers, filters: f, mask: null, events: false });
    monthly.push({ salesMarketing: salesMarketing(s.costs), newCustomers: s.movements.new.customers, logoChurn: s.logoChurnRates[0] });
  }
  const out: TrailingUnitEconomics[] = [];
  for (let m = monthToIndex(period.from); m <= to; m++) {
    const slice = monthly.slice(m - first - window + 1, m - first + 1);
    const atM = sumUnits(mrrColumn(p.mrr, m), customers);
    const cltvValue = cltv(arpa(atM.units, atM.active), customerLifetimeMonths(slice.map((x) => x.logoChurn)));
    const cacValue = cac(
      slice.reduce((sum, x) => sum + x.salesMarketing, 0),
      slice.reduce((sum, x) => sum + x.newCustomers, 0),
    );
    out.push({ month: indexToMonth(m), cac: cacValue, cltv: cltvValue, ltv_to_cac: ltvToCac(cltvValue, cacValue) });
  }
  return out;
}
