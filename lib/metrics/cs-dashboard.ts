import { monthEndExclusiveMs, monthRange, monthStartMs, monthToIndex } from "@/lib/domain/months";
import type { Filters, HealthSettings, Month, Period } from "@/lib/domain/types";
import {
  CS_FIRST_STUCK,
  atRiskCustomers,
  detractorSummary,
  stuckCustomerRows,
  type AtRiskCustomer,
  type CommentPage,
  type DetractorSummary,
  type StuckCustomerRow,
  type VerbatimComment,
} from "./cs-lists";
import { filterCustomers, groupBySegment, hasFilter, normalizeFilters } from "./filters";
import type { PreparedDataset } from "./prepare";
import { supportMetricsByMonthOfColumns, supportMetricsOfColumns, type SupportMetrics } from "./support";
import { surveyMetricsByMonthOfColumns, surveyMetricsOfColumns, type SurveyMetrics } from "./surveys";
import { customerMask, scanRange } from "./event-columns";
import { rowsOfCustomer } from "./customer-rows";
import { renewalWindowSums, upcomingRenewals, type RenewalRow, type RenewalWindowSum } from "./renewals";
import { csPrevious, healthByMonth, type CsPrevious, type HealthMonth } from "./cs-trends";
import { latestUsageIn, usageAdoption, type UsageAdoption } from "./usage-adoption";

export type { AtRiskCustomer, CommentPage, DetractorSummary, StuckCustomerRow, VerbatimComment } from "./cs-lists";
export type { UsageAdoption } from "./usage-adoption";

export type CsMonth = { month: Month } & SurveyMetrics & SupportMetrics;
export type { RenewalRow, RenewalWindowSum } from "./renewals";

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
  /** At-risk customers, largest ARR first: all from computeCsDashboard, the first CS_FIRST_LIST_ROWS in GET /api/dashboards/cs (the rest: GET /api/dashboards/cs/at-risk). */
  at_risk: AtRiskCustomer[];
  /** The first `CS_FIRST_STUCK` stuck customers, largest ARR first (then longest in the stage). */
  stuck: StuckCustomerRow[];
  /** How many customers are stuck. */
  stuck_total: number;
  /** The first verbatim comments of the period (newest first); GET /api/dashboards/cs/comments searches and pages them all. */
  comments: VerbatimComment[];
  /** How many verbatim comments the period has under the filters. */
  comments_total: number;
  /** The previous period of equal length, for the tiles' change. */
  previous: CsPrevious;
  /** Health at the end of each month of the period, for the tiles' sparklines. */
  health_months: HealthMonth[];
  /**
   * Term subscriptions renewing in the 90 days after the last day of `to`, soonest first: all of them
   * from computeCsDashboard, the first CS_FIRST_LIST_ROWS in GET /api/dashboards/cs (the rest: GET
   * /api/dashboards/cs/renewals). A shorter window's renewals are the first ones of this list.
   */
  renewals: RenewalRow[];
  /** How many renewals the 90 days hold. */
  renewals_total: number;
  /** Count, renewing ARR and ARR at risk of the renewals within 30, 60 and 90 days. */
  renewal_windows: RenewalWindowSum[];
  /** How many customers are at risk (`at_risk` holds the first CS_FIRST_LIST_ROWS in GET /api/dashboards/cs). */
  at_risk_total: number;
}

function usageOf(p: PreparedDataset, customers: Int32Array, period: Period): UsageAdoption {
  const from = monthToIndex(period.from);
  const to = monthToIndex(period.to);
  const latest: number[] = [];
  for (const c of customers) {
    const row = latestUsageIn(rowsOfCustomer(p.usage, c), from, to);
    if (row >= 0) latest.push(row);
  }
  return usageAdoption({ cols: p.usage.cols, rows: Int32Array.from(latest), from: 0, to: latest.length });
}

/**
 * `comments`: the first page of the period's verbatim comments under the filters and their count (the
 * data set holds no comments; the data layer reads them, `commentRows` is their rule).
 */
export function computeCsDashboard(
  p: PreparedDataset,
  period: Period,
  filters: Filters,
  settings: HealthSettings,
  comments: CommentPage,
): CsDashboardResponse {
  const f = normalizeFilters(filters);
  const startMs = monthStartMs(period.from);
  const endMs = monthEndExclusiveMs(period.to);
  const customers = filterCustomers(p, f);
  const mask = hasFilter(f) ? customerMask(p.customers.length, customers) : null;
  const months = monthRange(period.from, period.to);
  const surveyMonths = surveyMetricsByMonthOfColumns(p.surveys.cols, months, mask);
  const supportMonths = supportMetricsByMonthOfColumns(p.tickets.cols, months, mask);
  // Per segment only the segment's own customers' rows count: a row without a customer has no segment.
  const segments = groupBySegment(p, customers)
    .map((members, s) => ({ members, segment: p.segments[s] }))
    .filter(({ members }) => members.length > 0)
    .map(({ members, segment }) => {
      const scope = { startMs, endMs, mask: customerMask(p.customers.length, members) };
      return {
        segment,
        ...surveyMetricsOfColumns(p.surveys.cols, scope, ...scanRange(p.surveys.cols.respondedAt, scope)),
        ...supportMetricsOfColumns(p.tickets.cols, scope, ...scanRange(p.tickets.cols.createdAt, scope)),
        usage: usageOf(p, members, period),
      };
    });
  const scope = { startMs, endMs, mask };
  const stuck = stuckCustomerRows(p, customers, period, settings.stuckAfterDays);
  const atRisk = atRiskCustomers(p, customers, period, settings);
  const renewals = upcomingRenewals(p, customers, period.to, 90, settings);
  return {
    period: { from: period.from, to: period.to },
    filters: f,
    stuck_after_days: settings.stuckAfterDays,
    health_thresholds: { healthy_min: settings.healthyMin, watch_min: settings.watchMin },
    support: supportMetricsOfColumns(p.tickets.cols, scope, ...scanRange(p.tickets.cols.createdAt, scope)),
    usage: usageOf(p, customers, period),
    months: months.map((month, i) => ({ ...surveyMonths[i], ...supportMonths[i], month })),
    segments,
    detractors: detractorSummary(p, customers, period),
    at_risk: atRisk,
    at_risk_total: atRisk.length,
    stuck: stuck.slice(0, CS_FIRST_STUCK),
    stuck_total: stuck.length,
    comments: comments.comments,
    comments_total: comments.total,
    renewals,
    renewals_total: renewals.length,
    renewal_windows: renewalWindowSums(renewals),
    previous: csPrevious(p, period, f, settings),
    health_months: healthByMonth(p, customers, period, settings),
  };
}
