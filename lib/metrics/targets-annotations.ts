import type { Annotation, Filters, Period, Target } from "@/lib/domain/types";
import { normalizeFilters } from "./filters";
import type { AnnotationEntry, TargetEntry } from "./types";

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const blankFirst = (a: string | null, b: string | null): number => byCodePoint(a ?? "", b ?? "");

/**
 * Targets whose month lies in the period. With a segment filter only that segment's targets;
 * csm and plan filters do not narrow them. Sorted by month, metric, then segment (company first).
 */
export function targetsInView(targets: readonly Target[], period: Period, filters: Partial<Filters>): TargetEntry[] {
  const { segment } = normalizeFilters(filters);
  return targets
    .filter((t) => t.month >= period.from && t.month <= period.to && (segment === null || t.segment === segment))
    .map((t) => ({ month: t.month, metric: t.metric, segment: t.segment, value: t.value }))
    .sort((a, b) => byCodePoint(a.month, b.month) || byCodePoint(a.metric, b.metric) || blankFirst(a.segment, b.segment));
}

/**
 * Annotations dated inside the period. With a segment filter, that segment's and the ones for every
 * segment (blank); csm and plan filters do not narrow them. Sorted by date, then label.
 */
export function annotationsInView(annotations: readonly Annotation[], period: Period, filters: Partial<Filters>): AnnotationEntry[] {
  const { segment } = normalizeFilters(filters);
  const from = `${period.from}-01`;
  const to = `${period.to}-31`;
  return annotations
    .filter((a) => a.date >= from && a.date <= to && (segment === null || a.segment === null || a.segment === segment))
    .map((a) => ({ date: a.date, label: a.label, segment: a.segment }))
    .sort((a, b) => byCodePoint(a.date, b.date) || byCodePoint(a.label, b.label));
}
