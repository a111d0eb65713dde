import { monthEndExclusiveMs, monthRange, monthStartMs } from "@/lib/domain/months";
import type { Filters, HealthSettings, Month, Period } from "@/lib/domain/types";
import { atRiskCustomers, commentRows, detractorSummary, stuckCustomerRows, type AtRiskCustomer, type DetractorSummary, type StuckCustomerRow, type VerbatimComment } from "./cs-lists";
import { filterCustomers, groupBySegment, hasFilter, normalizeFilters } from "./filters";
import type { PreparedDataset } from "./prepare";
import { supportMetrics, supportMetricsByMonth, type SupportMetrics } from "./support";
import { surveyMetrics, surveyMetricsByMonth, type SurveyMetrics } from "./surveys";
import { scopedRows, sliceByTime } from "./time-slices";
import { latestUsageIn, usageAdoption, type UsageAdoption } from "./usage-adoption";

export type { AtRiskCustomer, DetractorSummary, StuckCustomerRow, VerbatimComment } from "./cs-lists";
export type { UsageAdoption } from "./usage-adoption";

export type CsMonth = { month: Month } & SurveyMetrics & SupportMetrics;
export type CsSegment = { segment: string; usage: UsageAdoption } & SurveyMetrics & SupportMetrics;

/** GET /api/dashboards/cs: what the CS dashboard needs beyond GET /api/metrics. */
export interface CsDashboardResponse {
  period: Period;
  filters: Filters;
  stuck_after_days: number;
  /** The health bands in force (Settings), for the dashboard's wording. */
  health_thresholds: { healthy_min: number; watch_min: number };
  support: SupportMetrics;
  usage: UsageAdoption;
  months: CsMonth[];
  segments: CsSegment[];
  detractors: DetractorSummary;
  at_risk: AtRiskCustomer[];
  stuck: StuckCustomerRow[];
  comments: VerbatimComment[];
}

function usageOf(p: PreparedDataset, customers: Int32Array, period: Period): UsageAdoption {
  const latest = [];
  for (const c of customers) {
    const row = latestUsageIn(p.usageByCustomer.get(p.customers[c].customerId) ?? [], period.from, period.to);
    if (row) latest.push(row);
  }
  return usageAdoption(latest);
}

export function computeCsDashboard(p: PreparedDataset, period: Period, filters: Filters, settings: HealthSettings): CsDashboardResponse {
  const f = normalizeFilters(filters);
  const startMs = monthStartMs(period.from);
  const endMs = monthEndExclusiveMs(period.to);
  const customers = filterCustomers(p, f);
  const surveys = scopedRows(p.surveys, p.surveyCustomer, p, customers, hasFilter(f));
  const tickets = scopedRows(p.tickets, p.ticketCustomer, p, customers, hasFilter(f));
  const months = monthRange(period.from, period.to);
  const surveyMonths = surveyMetricsByMonth(sliceByTime(surveys, (r) => r.respondedAt, startMs, endMs), months);
  const supportMonths = supportMetricsByMonth(sliceByTime(tickets, (t) => t.createdAt, startMs, endMs), months);
  // Per segment only the segment's own customers' rows count: a row without a customer has no segment.
  const segments = groupBySegment(p, customers)
    .map((members, s) => ({ members, segment: p.segments[s] }))
    .filter(({ members }) => members.length > 0)
    .map(({ members, segment }) => ({
      segment,
      ...surveyMetrics(surveys.filter((r) => inSet(p, members, r.customerId)), startMs, endMs),
      ...supportMetrics(tickets.filter((t) => inSet(p, members, t.customerId)), startMs, endMs),
      usage: usageOf(p, members, period),
    }));
  return {
    period: { from: period.from, to: period.to },
    filters: f,
    stuck_after_days: settings.stuckAfterDays,
    health_thresholds: { healthy_min: settings.healthyMin, watch_min: settings.watchMin },
    support: supportMetrics(sliceByTime(tickets, (t) => t.createdAt, startMs, endMs), startMs, endMs),
    usage: usageOf(p, customers, period),
    months: months.map((month, i) => ({ ...surveyMonths[i], ...supportMonths[i], month })),
    segments,
    detractors: detractorSummary(p, customers, surveys, period),
    at_risk: atRiskCustomers(p, customers, period, settings),
    stuck: stuckCustomerRows(p, customers, period, settings.stuckAfterDays),
    comments: commentRows(p, surveys, period),
  };
}

const memberSets = new WeakMap<Int32Array, Set<number>>();

function inSet(p: PreparedDataset, members: Int32Array, customerId: string | null): boolean {
  if (customerId === null) return false;
  let set = memberSets.get(members);
  if (!set) memberSets.set(members, (set = new Set(members)));
  const index = p.customerIndex.get(customerId);
  return index !== undefined && set.has(index);
}
