import { customersHref, type CustomersDrill } from "@/components/drilldown/customers-href";
import { metricDefinition, type MetricKey } from "@/lib/metrics/catalog";
import { formatMonth } from "@/lib/format";
import type { ExecutiveResponse } from "@/lib/metrics/executive";
import { churnReadings, periodWindow } from "@/lib/metrics/rate-readings";
import type { MetricsResponse, MetricsSummary, MonthMetrics } from "@/lib/metrics/types";
import { deltaTone, formatKpiDelta, formatKpiValue, kpiDelta, type KpiKind } from "./kpi-format";
import type { KpiReading, KpiTileProps } from "./kpi-tile";

/** A summary field that has a glossary entry: the tile links to it and takes its polarity. */
type SummaryKey = keyof MetricsSummary & MetricKey;

interface KpiSpec {
  key: SummaryKey;
  label: string;
  kind: KpiKind;
  spark: (m: MetricsResponse, e: ExecutiveResponse) => (number | null)[];
  sparkNote: string;
  sample?: (m: MetricsResponse, e: ExecutiveResponse) => string | null;
  drill?: { params: CustomersDrill; label: string };
  /** The time the value covers, e.g. "over 12 mo" or "at Oct 2026". */
  window?: (m: MetricsResponse) => string;
  /** Other readings of the same rate that boards quote (monthly average, annualised, trailing 12 months). */
  readings?: (m: MetricsResponse, e: ExecutiveResponse) => KpiReading[];
}

const monthly = (pick: (row: MonthMetrics) => number | null) => (m: MetricsResponse) => m.months.map(pick);
const trailing = (key: "cac" | "cltv" | "ltv_to_cac") => (_: MetricsResponse, e: ExecutiveResponse) => e.unit_economics.map((u) => u[key]);
const SMALL = 30;
const MONTHLY = "By month";
const MONTHLY_RATE = "Each month's rate";
const TRAILING = "Trailing";
const cohortSample = (_: MetricsResponse, e: ExecutiveResponse) => (e.cohort_size < SMALL ? `n=${e.cohort_size} in cohort` : null);
const overPeriod = (m: MetricsResponse) => periodWindow(m.months.length);
const atEnd = (m: MetricsResponse) => `at ${formatMonth(m.period.to)}`;
/** NRR and GRR: over a 12-month period the value is the trailing 12 months; otherwise that reading is offered beside it. */
const retentionWindow = (m: MetricsResponse) => (m.months.length === 12 ? "trailing 12 mo" : overPeriod(m));
const trailing12 =
  (key: "nrr" | "grr") =>
  (m: MetricsResponse, e: ExecutiveResponse): KpiReading[] =>
    m.months.length === 12
      ? []
      : [{ label: "trailing 12 mo", value: formatKpiValue("percent", e.trailing_retention.at(-1)?.[key] ?? null) }];
const churnWays =
  (monthlyRates: (m: MetricsResponse, e: ExecutiveResponse) => (number | null)[]) =>
  (m: MetricsResponse, e: ExecutiveResponse): KpiReading[] => {
    const r = churnReadings(monthlyRates(m, e));
    return [
      { label: "monthly avg", value: formatKpiValue("percent", r.monthly_avg) },
      { label: "annualised", value: formatKpiValue("percent", r.annualised) },
    ];
  };
const COHORT_DRILL = { params: { retention_cohort: "1" }, label: "see the customers of the period's cohort" };
const ACTIVE_DRILL = { params: { status: "active" }, label: "see the active customers" };

const KPI_SPECS: readonly KpiSpec[] = [
  { key: "arr", label: "ARR", kind: "money", spark: monthly((r) => r.arr), sparkNote: MONTHLY, drill: ACTIVE_DRILL, window: atEnd },
  { key: "mrr", label: "MRR", kind: "money", spark: monthly((r) => r.mrr), sparkNote: MONTHLY, drill: ACTIVE_DRILL, window: atEnd },
  {
    key: "nrr",
    label: "NRR",
    kind: "percent",
    spark: monthly((r) => r.nrr),
    sparkNote: MONTHLY_RATE,
    sample: cohortSample,
    drill: COHORT_DRILL,
    window: retentionWindow,
    readings: trailing12("nrr"),
  },
  {
    key: "grr",
    label: "GRR",
    kind: "percent",
    spark: monthly((r) => r.grr),
    sparkNote: MONTHLY_RATE,
    sample: cohortSample,
    drill: COHORT_DRILL,
    window: retentionWindow,
    readings: trailing12("grr"),
  },
  {
    key: "logo_churn_rate",
    label: "Logo churn",
    kind: "percent",
    spark: monthly((r) => r.logo_churn_rate),
    sparkNote: MONTHLY_RATE,
    sample: cohortSample,
    drill: { params: { movement: "churn" }, label: "see the customers who churned in the period" },
    window: overPeriod,
    readings: churnWays((m) => m.months.map((r) => r.logo_churn_rate)),
  },
  {
    key: "net_mrr_churn_pct",
    label: "Net MRR churn",
    kind: "percent",
    spark: (_, e) => e.monthly_retention.map((r) => r.net_mrr_churn_pct),
    sparkNote: MONTHLY_RATE,
    sample: cohortSample,
    drill: COHORT_DRILL,
    window: overPeriod,
    readings: churnWays((_, e) => e.monthly_retention.map((r) => r.net_mrr_churn_pct)),
  },
  {
    key: "cac",
    label: "CAC",
    kind: "money",
    spark: trailing("cac"),
    sparkNote: TRAILING,
    sample: (m) => (m.summary.new_customers < SMALL ? `n=${m.summary.new_customers} new` : null),
    drill: { params: { movement: "new" }, label: "see the customers acquired in the period" },
    window: overPeriod,
  },
  { key: "cltv", label: "CLTV", kind: "money", spark: trailing("cltv"), sparkNote: TRAILING, sample: cohortSample, drill: ACTIVE_DRILL },
  { key: "ltv_to_cac", label: "LTV:CAC", kind: "ratio", spark: trailing("ltv_to_cac"), sparkNote: TRAILING, sample: cohortSample },
  {
    key: "cost_to_carry_ratio",
    label: "Cost to carry",
    kind: "percent",
    spark: monthly((r) => r.cost_to_carry_ratio),
    sparkNote: MONTHLY_RATE,
    drill: ACTIVE_DRILL,
    window: overPeriod,
  },
  {
    key: "nps",
    label: "NPS",
    kind: "score",
    spark: monthly((r) => r.nps),
    sparkNote: MONTHLY,
    sample: (m) => (m.summary.nps_responses < SMALL ? `n=${m.summary.nps_responses} responses` : null),
    window: overPeriod,
  },
];

/** The tiles' props for one period and its previous one; `drillBase` is the period and filters as a query string. */
export function kpiTiles(m: MetricsResponse, e: ExecutiveResponse, drillBase: string, sparkColor: string): KpiTileProps[] {
  return KPI_SPECS.map((spec) => {
    const def = metricDefinition(spec.key);
    const value = m.summary[spec.key] as number | null;
    const previous = e.previous ? (e.previous[spec.key] as number | null) : null;
    const delta = kpiDelta(spec.kind, value, previous);
    // The plan of the period's last month: the filtered segment's target, else the company's.
    const target = (m.targets ?? []).find((t) => t.metric === spec.key && t.month === m.period.to && t.segment === m.filters.segment);
    const planDelta = target ? kpiDelta(spec.kind, value, target.value) : null;
    return {
      metricKey: spec.key,
      label: spec.label,
      name: def.name,
      value: formatKpiValue(spec.kind, value),
      delta: formatKpiDelta(spec.kind, delta),
      tone: deltaTone(spec.kind, delta, def.polarity),
      previous: previous === null ? null : formatKpiValue(spec.kind, previous),
      spark: spec.spark(m, e),
      sparkNote: spec.sparkNote,
      sparkTitle:
        spec.sparkNote === TRAILING
          ? `Each month: the value over the ${m.months.length} month(s) ending then, the period's length`
          : spec.sparkNote === MONTHLY_RATE
            ? `${def.name} of each month of the period, as a one-month rate`
            : `${def.name} of each month of the period`,
      sparkColor,
      sample: spec.sample?.(m, e) ?? null,
      window: spec.window?.(m) ?? null,
      readings: spec.readings?.(m, e) ?? [],
      plan: target
        ? {
            value: formatKpiValue(spec.kind, target.value),
            delta: formatKpiDelta(spec.kind, planDelta),
            tone: deltaTone(spec.kind, planDelta, def.polarity),
          }
        : null,
      drill: spec.drill ? { href: customersHref(drillBase, spec.drill.params), label: spec.drill.label } : null,
    };
  });
}
