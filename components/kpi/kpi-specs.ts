import { customersHref, type CustomersDrill } from "@/components/drilldown/customers-href";
import { metricDefinition } from "@/lib/metrics/catalog";
import type { ExecutiveResponse } from "@/lib/metrics/executive";
import type { MetricsResponse, MetricsSummary, MonthMetrics } from "@/lib/metrics/types";
import { deltaTone, formatKpiDelta, formatKpiValue, kpiDelta, type KpiKind } from "./kpi-format";
import type { KpiTileProps } from "./kpi-tile";

type SummaryKey = keyof MetricsSummary & string;

interface KpiSpec {
  key: SummaryKey;
  label: string;
  kind: KpiKind;
  spark: (m: MetricsResponse, e: ExecutiveResponse) => (number | null)[];
  sparkNote: string;
  sample?: (m: MetricsResponse, e: ExecutiveResponse) => string | null;
  drill?: { params: CustomersDrill; label: string };
}

const monthly = (pick: (row: MonthMetrics) => number | null) => (m: MetricsResponse) => m.months.map(pick);
const trailing = (key: "cac" | "cltv" | "ltv_to_cac") => (_: MetricsResponse, e: ExecutiveResponse) => e.unit_economics.map((u) => u[key]);
const SMALL = 30;
const MONTHLY = "By month";
const TRAILING = "Trailing";
const cohortSample = (_: MetricsResponse, e: ExecutiveResponse) => (e.cohort_size < SMALL ? `n=${e.cohort_size} in cohort` : null);
const COHORT_DRILL = { params: { retention_cohort: "1" }, label: "see the customers of the period's cohort" };
const ACTIVE_DRILL = { params: { status: "active" }, label: "see the active customers" };

export const KPI_SPECS: readonly KpiSpec[] = [
  { key: "arr", label: "ARR", kind: "money", spark: monthly((r) => r.arr), sparkNote: MONTHLY, drill: ACTIVE_DRILL },
  { key: "mrr", label: "MRR", kind: "money", spark: monthly((r) => r.mrr), sparkNote: MONTHLY, drill: ACTIVE_DRILL },
  { key: "nrr", label: "NRR", kind: "percent", spark: monthly((r) => r.nrr), sparkNote: MONTHLY, sample: cohortSample, drill: COHORT_DRILL },
  { key: "grr", label: "GRR", kind: "percent", spark: monthly((r) => r.grr), sparkNote: MONTHLY, sample: cohortSample, drill: COHORT_DRILL },
  {
    key: "logo_churn_rate",
    label: "Logo churn",
    kind: "percent",
    spark: monthly((r) => r.logo_churn_rate),
    sparkNote: MONTHLY,
    sample: cohortSample,
    drill: { params: { movement: "churn" }, label: "see the customers who churned in the period" },
  },
  {
    key: "net_mrr_churn_pct",
    label: "Net MRR churn",
    kind: "percent",
    spark: (_, e) => e.monthly_retention.map((r) => r.net_mrr_churn_pct),
    sparkNote: MONTHLY,
    sample: cohortSample,
    drill: COHORT_DRILL,
  },
  {
    key: "cac",
    label: "CAC",
    kind: "money",
    spark: trailing("cac"),
    sparkNote: TRAILING,
    sample: (m) => (m.summary.new_customers < SMALL ? `n=${m.summary.new_customers} new` : null),
    drill: { params: { movement: "new" }, label: "see the customers acquired in the period" },
  },
  { key: "cltv", label: "CLTV", kind: "money", spark: trailing("cltv"), sparkNote: TRAILING, sample: cohortSample, drill: ACTIVE_DRILL },
  { key: "ltv_to_cac", label: "LTV:CAC", kind: "ratio", spark: trailing("ltv_to_cac"), sparkNote: TRAILING, sample: cohortSample },
  {
    key: "cost_to_carry_ratio",
    label: "Cost to carry",
    kind: "percent",
    spark: monthly((r) => r.cost_to_carry_ratio),
    sparkNote: MONTHLY,
    drill: ACTIVE_DRILL,
  },
  {
    key: "nps",
    label: "NPS",
    kind: "score",
    spark: monthly((r) => r.nps),
    sparkNote: MONTHLY,
    sample: (m) => (m.summary.nps_responses < SMALL ? `n=${m.summary.nps_responses} responses` : null),
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
          : `${def.name} of each month of the period`,
      sparkColor,
      sample: spec.sample?.(m, e) ?? null,
      plan: target
        ? { value: formatKpiValue(spec.kind, target.value), delta: formatKpiDelta(spec.kind, planDelta), tone: deltaTone(spec.kind, planDelta, def.polarity) }
        : null,
      drill: spec.drill ? { href: customersHref(drillBase, spec.drill.params), label: spec.drill.label } : null,
    };
  });
}
