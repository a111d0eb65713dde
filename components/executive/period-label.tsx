"use client";

import { useSearchParams } from "next/navigation";
import { parseMetricsQuery, resolvePeriod } from "@/lib/api/metrics-query";
import type { Period } from "@/lib/domain/types";
import { formatPeriod } from "@/lib/format";
import { periodLength } from "@/lib/metrics/trailing-unit-economics";

/** The URL's period in words, e.g. "Nov 2025 – Oct 2026 · 12 months". */
export function PeriodLabel({ defaultPeriod }: { defaultPeriod: Period }) {
  const parsed = parseMetricsQuery(new URLSearchParams(useSearchParams().toString()));
  const period = parsed.ok ? resolvePeriod(parsed.value, defaultPeriod) : null;
  if (!period) return null;
  const months = periodLength(period);
  return (
    <p className="text-sm text-slate-600">
      {formatPeriod(period)} · {months} {months === 1 ? "month" : "months"}
    </p>
  );
}
