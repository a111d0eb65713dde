import { monthEndExclusiveMs, monthStartMs, monthToIndex } from "@/lib/domain/months";
import type { Filters, HealthSettings, Month, Period } from "@/lib/domain/types";
import { csmRows, segmentRows } from "./breakdowns";
import { rowsOfCustomer } from "./customer-rows";
import { customerMask, scanRange } from "./event-columns";
import { costToServe, retentionCost, salesMarketing } from "./cost-to-carry";
import { filterCustomers, groupBySegment, hasFilter, normalizeFilters } from "./filters";
import type { CustomerHealth, HealthInputs, HealthSummary } from "./health";
import { healthScorer, healthSummaryOfActive } from "./health-memo";
import { funnelOfCustomers, timeToValueOfCustomers } from "./lifecycle-index";
import { periodSeries } from "./month-series";
import { movementFields } from "./movements";
import { mrrColumn, sumUnits, toArr, toMrr } from "./mrr";
import type { PreparedDataset } from "./prepare";
import { divide, pct } from "./ratio";
import { periodCohort, retentionRates } from "./retention";
import { surveyMetricsOfColumns } from "./surveys";
import { supportMetricsOfColumns } from "./support";
import type { ComputedMetrics } from "./types";
import { arpa, cac, cltv, customerLifetimeMonths, expansionShare, ltvToCac, newCustomersIn, referralRate } from "./unit-economics";

export { defaultPeriod, prepareDataset, type PreparedDataset } from "./prepare";

export function healthInputs(p: PreparedDataset): HealthInputs {
  const mrrColumns = new Map<Month, Float64Array>();
  const columnOf = (month: Month) => {
    let col = mrrColumns.get(month);
    if (!col) mrrColumns.set(month, (col = mrrColumn(p.mrr, monthToIndex(month))));
    return col;
  };
  return {
    indexOf: (customerId) => p.customerIndex.get(customerId) ?? -1,
    usageOf: (c) => rowsOfCustomer(p.usage, c),
    ticketsOf: (c) => rowsOfCustomer(p.tickets, c),
    surveysOf: (c) => rowsOfCustomer(p.surveys, c),
    eventsOf: (c) => rowsOfCustomer(p.lifecycle, c),
    mrrOf: (c, month) => (c < 0 ? 0 : toMrr(columnOf(month)[c])),
  };
}

/** Health of the given customers (indexes) that are active at `to`, with their MRR there. */
export function scoreActiveCustomers(
  p: PreparedDataset,
  customers: Int32Array,
  to: Month,
  settings: HealthSettings,
): { scores: CustomerHealth[]; mrrByCustomer: Map<string, number> } {
  const col = mrrColumn(p.mrr, monthToIndex(to));
  const score = healthScorer(p, healthInputs(p), to, settings);
  const scores: CustomerHealth[] = [];
  const mrrByCustomer = new Map<string, number>();
  for (const c of customers) {
    if (col[c] <= 0) continue;
    scores.push(score(c));
    mrrByCustomer.set(p.customers[c].customerId, toMrr(col[c]));
  }
  return { scores, mrrByCustomer };
}

/** Health bands and ARR at risk of the given customers active at `to`. */
export function healthAt(p: PreparedDataset, customers: Int32Array, to: Month, settings: HealthSettings): HealthSummary {
  return healthSummaryOfActive(p, healthInputs(p), customers, to, mrrColumn(p.mrr, monthToIndex(to)), settings);
}

export function computeMetrics(p: PreparedDataset, period: Period, filters: Filters, health: HealthSettings): ComputedMetrics {
  const f = normalizeFilters(filters);
  const from = monthToIndex(period.from);
  const to = monthToIndex(period.to);
  const startMs = monthStartMs(period.from);
  const endMs = monthEndExclusiveMs(period.to);
  const customers = filterCustomers(p, f);
  const mask = hasFilter(f) ? customerMask(p.customers.length, customers) : null;
  const series = periodSeries(p, from, to, { customers, filters: f, mask });
  const scope = { startMs, endMs, mask };
  const survey = surveyMetricsOfColumns(p.surveys.cols, scope, ...scanRange(p.surveys.cols.respondedAt, scope));
  const support = supportMetricsOfColumns(p.tickets.cols, scope, ...scanRange(p.tickets.cols.createdAt, scope));
  const atTo = sumUnits(mrrColumn(p.mrr, to), customers);
  const rates = retentionRates(periodCohort(p.mrr, customers, from, to));
  const mv = series.movements;
  const arpaValue = arpa(atTo.units, atTo.active);
  const lifetime = customerLifetimeMonths(series.logoChurnRates);
  const cltvValue = cltv(arpaValue, lifetime);
  const cacValue = cac(salesMarketing(series.costs), mv.new.customers);
  const revenue = toMrr(series.revenueUnits);
  const serve = costToServe(series.costs);
  const healthCounts = healthAt(p, customers, period.to, health);
  return {
    period: { from: period.from, to: period.to },
    filters: f,
    summary: {
      mrr: toMrr(atTo.units),
      arr: toArr(atTo.units),
      active_customers: atTo.active,
      arpa: arpaValue,
      ...rates,
      ...movementFields(mv),
      customer_lifetime_months: lifetime,
      cltv: cltvValue,
      cac: cacValue,
      ltv_to_cac: ltvToCac(cltvValue, cacValue),
      expansion_share: expansionShare(mv),
      referral_rate: referralRate(newCustomersIn(p, customers, from, to)),
      nps: survey.nps,
      nps_responses: survey.nps_responses,
      promoters: survey.promoters,
      passives: survey.passives,
      detractors: survey.detractors,
      csat: survey.csat,
      csat_responses: survey.csat_responses,
      ces: survey.ces,
      ces_responses: survey.ces_responses,
      ticket_volume: support.ticket_volume,
      fcr: support.fcr,
      median_first_response_hours: support.median_first_response_hours,
      median_resolution_hours: support.median_resolution_hours,
      cost_to_serve: serve,
      revenue,
      cost_to_carry_ratio: pct(serve, revenue),
      cost_to_serve_per_customer: divide(serve, series.activeMonths),
      customer_retention_cost: divide(retentionCost(series.costs), series.activeMonths),
      time_to_value_days: timeToValueOfCustomers(p, customers, startMs, endMs),
      arr_at_risk: healthCounts.arr_at_risk,
    },
    months: series.months,
    segments: segmentRows(p, groupBySegment(p, customers), series, from, to),
    funnel: funnelOfCustomers(p, customers, startMs, endMs).map((row) => ({
      stage: row.stage,
      reached: row.reached,
      conversion: row.conversion,
      median_days_in_stage: row.median_days_in_stage,
      current: row.current,
    })),
    csms: csmRows(p, customers, to),
    health: {
      healthy: healthCounts.healthy,
      watch: healthCounts.watch,
      at_risk: healthCounts.at_risk,
      arr_at_risk: healthCounts.arr_at_risk,
    },
  };
}
