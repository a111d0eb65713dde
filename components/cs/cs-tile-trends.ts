import type { KpiKind } from "@/components/kpi/kpi-format";
import { metricDefinition, type MetricKey, type Polarity } from "@/lib/metrics/catalog";
import type { CsDashboardResponse } from "@/lib/metrics/cs-dashboard";
import type { MetricsResponse } from "@/lib/metrics/types";
import { fmt } from "./cs-format";
import { statTrend, type StatTrend } from "./tile-trend";

export type CsTileTrends = Record<string, StatTrend>;

interface Spec {
  kind: KpiKind;
  /** A catalog key (its polarity and name) or an explicit polarity and name. */
  metric?: MetricKey;
  polarity?: Polarity;
  name?: string;
  current: number | null;
  previous: number | null | undefined;
  spark: (number | null)[];
  format?: (v: number | null) => string;
}

/** Every CS tile's change against the previous equal period and its monthly sparkline, by tile id. */
export function csTileTrends(metrics: MetricsResponse, cs: CsDashboardResponse, sparkColor: string): CsTileTrends {
  const s = metrics.summary;
  const prev = cs.previous.summary;
  const prevHealth = cs.previous.health;
  const h = metrics.health;
  const hm = cs.health_months;
  const months = metrics.months;
  const specs: Record<string, Spec> = {
    healthy: {
      kind: "score",
      polarity: "higher_is_better",
      name: "Healthy customers",
      current: h.healthy,
      previous: prevHealth?.healthy,
      spark: hm.map((m) => m.healthy),
    },
    watch: {
      kind: "score",
      polarity: "neutral",
      name: "Customers on watch",
      current: h.watch,
      previous: prevHealth?.watch,
      spark: hm.map((m) => m.watch),
    },
    "at-risk": {
      kind: "score",
      polarity: "lower_is_better",
      name: "At-risk customers",
      current: h.at_risk,
      previous: prevHealth?.at_risk,
      spark: hm.map((m) => m.at_risk),
    },
    "arr-at-risk": {
      kind: "money",
      metric: "arr_at_risk",
      current: h.arr_at_risk,
      previous: prevHealth?.arr_at_risk,
      spark: hm.map((m) => m.arr_at_risk),
    },
    nps: { kind: "score", metric: "nps", current: s.nps, previous: prev?.nps, spark: months.map((m) => m.nps) },
    csat: { kind: "percent", metric: "csat", current: s.csat, previous: prev?.csat, spark: months.map((m) => m.csat) },
    ces: { kind: "money", metric: "ces", current: s.ces, previous: prev?.ces, spark: months.map((m) => m.ces), format: fmt.decimal },
    tickets: {
      kind: "score",
      metric: "ticket_volume",
      current: cs.support.ticket_volume,
      previous: prev?.ticket_volume,
      spark: cs.months.map((m) => m.ticket_volume),
    },
    fcr: { kind: "percent", metric: "fcr", current: cs.support.fcr, previous: prev?.fcr, spark: cs.months.map((m) => m.fcr) },
    "first-response": {
      kind: "money",
      metric: "median_first_response_hours",
      current: cs.support.median_first_response_hours,
      previous: prev?.median_first_response_hours,
      spark: cs.months.map((m) => m.median_first_response_hours),
      format: fmt.hours,
    },
    resolution: {
      kind: "money",
      metric: "median_resolution_hours",
      current: cs.support.median_resolution_hours,
      previous: prev?.median_resolution_hours,
      spark: cs.months.map((m) => m.median_resolution_hours),
      format: fmt.hours,
    },
    "time-to-value": {
      kind: "money",
      metric: "time_to_value_days",
      current: s.time_to_value_days,
      previous: prev?.time_to_value_days,
      spark: [],
      format: fmt.days,
    },
    "cost-to-serve": {
      kind: "money",
      metric: "cost_to_serve",
      current: s.cost_to_serve,
      previous: prev?.cost_to_serve,
      spark: months.map((m) => m.cost_to_serve),
    },
    revenue: { kind: "money", metric: "revenue", current: s.revenue, previous: prev?.revenue, spark: months.map((m) => m.mrr) },
    "cost-to-carry-ratio": {
      kind: "percent",
      metric: "cost_to_carry_ratio",
      current: s.cost_to_carry_ratio,
      previous: prev?.cost_to_carry_ratio,
      spark: months.map((m) => m.cost_to_carry_ratio),
    },
    "cost-per-customer": {
      kind: "money",
      metric: "cost_to_serve_per_customer",
      current: s.cost_to_serve_per_customer,
      previous: prev?.cost_to_serve_per_customer,
      spark: [],
      format: fmt.moneyFull,
    },
    crc: {
      kind: "money",
      metric: "customer_retention_cost",
      current: s.customer_retention_cost,
      previous: prev?.customer_retention_cost,
      spark: [],
      format: fmt.moneyFull,
    },
  };
  return Object.fromEntries(
    Object.entries(specs).map(([id, spec]) => {
      const def = spec.metric ? metricDefinition(spec.metric) : null;
      return [
        id,
        statTrend({
          kind: spec.kind,
          polarity: spec.polarity ?? def?.polarity ?? "neutral",
          name: spec.name ?? def?.name ?? id,
          current: spec.current,
          previous: spec.previous,
          spark: spec.spark,
          sparkColor,
          format: spec.format,
        }),
      ];
    }),
  );
}
