import { addMonths, monthRange } from "@/lib/domain/months";
import { formatMoney, formatNumber, formatPercent } from "@/lib/format";
import type { MetricsSummary } from "@/lib/metrics/types";

type Kind = "money" | "percent" | "count" | "score";

/** The board's headline numbers, in the KPI table's order. */
const BOARD_KPIS: readonly { key: keyof MetricsSummary & string; label: string; kind: Kind }[] = [
  { key: "arr", label: "ARR", kind: "money" },
  { key: "mrr", label: "MRR", kind: "money" },
  { key: "active_customers", label: "Active customers", kind: "count" },
  { key: "new_mrr", label: "New MRR", kind: "money" },
  { key: "expansion_mrr", label: "Expansion MRR", kind: "money" },
  { key: "churned_mrr", label: "Churned MRR", kind: "money" },
  { key: "nrr", label: "NRR (month)", kind: "percent" },
  { key: "grr", label: "GRR (month)", kind: "percent" },
  { key: "logo_churn_rate", label: "Logo churn (month)", kind: "percent" },
  { key: "nps", label: "NPS", kind: "score" },
  { key: "cost_to_carry_ratio", label: "Cost to carry", kind: "percent" },
  { key: "arr_at_risk", label: "ARR at risk", kind: "money" },
];

function format(kind: Kind, value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  if (kind === "money") return formatMoney(value, { compact: Math.abs(value) >= 100_000 });
  if (kind === "percent") return formatPercent(value, 1);
  return formatNumber(value, 0);
}

/** The months a board pack for `month` compares: itself, the month before, the same month a year before. */
export function boardMonths(month: string): { month: string; previous: string; yearAgo: string } {
  return { month, previous: addMonths(month, -1), yearAgo: addMonths(month, -12) };
}

/** The twelve months ending with the pack's month: the period of its charts. */
export function boardPeriod(month: string): { from: string; to: string } {
  return { from: addMonths(month, -11), to: month };
}

export interface BoardKpiInput {
  month: MetricsSummary | null;
  previous: MetricsSummary | null;
  yearAgo: MetricsSummary | null;
  /** The company plan for the month, by summary field; null where none is set. */
  plan: (key: string) => number | null;
}

export const BOARD_KPI_HEADER = ["Metric", "This month", "Last month", "Same month last year", "Plan"];

/** One row per headline number: this month, last month, same month last year and plan, formatted. */
export function boardKpiRows(input: BoardKpiInput): string[][] {
  return BOARD_KPIS.map(({ key, label, kind }) => [
    label,
    format(kind, input.month?.[key] as number | null),
    format(kind, input.previous?.[key] as number | null),
    format(kind, input.yearAgo?.[key] as number | null),
    format(kind, input.plan(key)),
  ]);
}

/** Months a user can pick for a pack: every month with data, latest first. */
export function packMonths(first: string, last: string): string[] {
  return monthRange(first, last).reverse();
}
