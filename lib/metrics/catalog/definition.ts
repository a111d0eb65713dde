export type Polarity = "higher_is_better" | "lower_is_better" | "neutral";
export type MetricUnit = "money" | "percent" | "count" | "ratio" | "months" | "days" | "hours" | "score";
export type MetricFamily = "revenue" | "retention" | "unit_economics" | "cost_to_carry" | "surveys" | "support" | "lifecycle" | "health";

/** One glossary entry as a family module writes it; catalog.ts narrows `key` to the keys that exist. */
export interface MetricEntry<F extends MetricFamily = MetricFamily> {
  key: string;
  name: string;
  family: F;
  unit: MetricUnit;
  polarity: Polarity;
  short: string;
  formula: string;
  good: string;
  bad: string;
  notes?: readonly string[];
  disagreements?: string;
}
