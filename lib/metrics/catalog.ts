/** Every metric Keel shows, as ../shared/METRICS.md defines it: the glossary page, tooltips and chart footnotes read this. */
import { COST_TO_CARRY_METRICS } from "./catalog/cost-to-carry";
import type { MetricEntry, MetricFamily } from "./catalog/definition";
import { HEALTH_METRICS } from "./catalog/health";
import { LIFECYCLE_METRICS } from "./catalog/lifecycle";
import { RETENTION_METRICS } from "./catalog/retention";
import { REVENUE_METRICS } from "./catalog/revenue";
import { SUPPORT_METRICS } from "./catalog/support";
import { SURVEYS_METRICS } from "./catalog/surveys";
import { UNIT_ECONOMICS_METRICS } from "./catalog/unit-economics";

export type { MetricFamily, MetricUnit, Polarity } from "./catalog/definition";

const ENTRIES = [
  ...REVENUE_METRICS,
  ...RETENTION_METRICS,
  ...UNIT_ECONOMICS_METRICS,
  ...COST_TO_CARRY_METRICS,
  ...SURVEYS_METRICS,
  ...SUPPORT_METRICS,
  ...LIFECYCLE_METRICS,
  ...HEALTH_METRICS,
] as const;

/** A key of the glossary: a misspelt key in a KPI spec, a glossary link or a chart footnote fails tsc. */
export type MetricKey = (typeof ENTRIES)[number]["key"];

export interface MetricDefinition extends MetricEntry {
  key: MetricKey;
}

export const METRIC_CATALOG: readonly MetricDefinition[] = ENTRIES;

/** A link to a metric's glossary entry. */
export type GlossaryHref = `/metrics#${MetricKey}`;

export const FAMILY_LABELS: Record<MetricFamily, string> = {
  revenue: "Revenue",
  retention: "Retention",
  unit_economics: "Unit economics",
  cost_to_carry: "Cost to carry",
  surveys: "Surveys",
  support: "Support",
  lifecycle: "Lifecycle",
  health: "Health",
};

export const FAMILY_ORDER: readonly MetricFamily[] = [
  "revenue",
  "retention",
  "unit_economics",
  "cost_to_carry",
  "surveys",
  "support",
  "lifecycle",
  "health",
];

const BY_KEY: ReadonlyMap<MetricKey, MetricDefinition> = new Map(METRIC_CATALOG.map((d) => [d.key, d]));

export function metricDefinition(key: MetricKey): MetricDefinition {
  const found = BY_KEY.get(key);
  if (!found) throw new Error(`Unknown metric key: ${key}`);
  return found;
}

export function metricsOfFamily(family: MetricFamily): MetricDefinition[] {
  return METRIC_CATALOG.filter((d) => d.family === family);
}
