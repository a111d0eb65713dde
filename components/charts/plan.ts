import type { AnnotationEntry, MetricsResponse, TargetEntry } from "@/lib/metrics/types";
import type { ChartConfig, ChartSeriesConfig } from "./chart";

/** The plan values of one metric by month: the filtered segment's targets, else the company's. */
export function planByMonth(targets: readonly TargetEntry[] | undefined, metric: string, segment: string | null): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of targets ?? []) if (t.metric === metric && t.segment === segment) out.set(t.month, t.value);
  return out;
}

/** The series key of a metric's plan line. */
const planKey = (metric: string) => `plan_${metric}`;

/**
 * Adds a dashed plan series to the rows and the config for each metric that has a target in the
 * rows' months; returns the keys added, so a chart draws only plans that exist.
 */
export function withPlans<T extends { month: string }>(
  rows: T[],
  config: ChartConfig,
  plans: { metric: string; series: Omit<ChartSeriesConfig, "kind" | "dashed"> }[],
  view: { targets?: readonly TargetEntry[]; segment: string | null },
): { rows: (T & Record<string, number | null>)[]; config: ChartConfig; planKeys: string[] } {
  const planKeys: string[] = [];
  const extra: ChartConfig = {};
  const values = new Map<string, Map<string, number>>();
  for (const { metric, series } of plans) {
    const byMonth = planByMonth(view.targets, metric, view.segment);
    if (!rows.some((r) => byMonth.has(r.month))) continue;
    planKeys.push(planKey(metric));
    values.set(planKey(metric), byMonth);
    extra[planKey(metric)] = { ...series, kind: "line", dashed: true };
  }
  const withValues = rows.map((r) => ({
    ...r,
    ...Object.fromEntries(planKeys.map((k) => [k, values.get(k)!.get(r.month) ?? null])),
  })) as (T & Record<string, number | null>)[];
  return { rows: withValues, config: { ...config, ...extra }, planKeys };
}

/** Annotations by month (YYYY-MM), for markers on a monthly axis. */
export function annotationsByMonth(annotations: readonly AnnotationEntry[] | undefined): { month: string; text: string }[] {
  const grouped = new Map<string, string[]>();
  for (const a of annotations ?? []) {
    const month = a.date.slice(0, 7);
    grouped.set(month, [...(grouped.get(month) ?? []), a.label]);
  }
  return [...grouped].map(([month, labels]) => ({ month, text: labels.join("; ") }));
}

/** What the plan lines and annotation markers of a chart read from the view's metrics. */
export interface PlanView {
  targets?: readonly TargetEntry[];
  annotations?: readonly AnnotationEntry[];
  segment: string | null;
}

export const planViewOf = (m: MetricsResponse): PlanView => ({
  targets: m.targets,
  annotations: m.annotations,
  segment: m.filters.segment,
});
