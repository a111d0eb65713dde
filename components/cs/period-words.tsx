"use client";

import { formatPeriod, segmentLabel } from "@/lib/format";
import type { MetricsResponse } from "@/lib/metrics/types";
import { useViewQuery } from "@/components/api/use-view-query";
import { useFilterQueryString } from "@/components/filters/use-filter-query-string";

/** "Nov 2025 – Oct 2026 · SMB · CSM Ana": follows the URL through the shared metrics query. */
export function PeriodWords({ queryString, metrics }: { queryString: string; metrics: MetricsResponse }) {
  const { data = metrics } = useViewQuery<MetricsResponse>("/api/metrics", useFilterQueryString(), {
    initial: { queryString, data: metrics },
  });
  const f = data.filters;
  const parts = [
    formatPeriod(data.period),
    f.segment && `segment ${segmentLabel(f.segment)}`,
    f.csm && `CSM ${f.csm}`,
    f.plan && `plan ${f.plan}`,
  ].filter(Boolean);
  return (
    <p data-testid="period-words" className="mt-1 text-sm text-slate-600">
      {parts.join(" · ")}. Health, ARR at risk and stuck customers are as of the end of the period.
    </p>
  );
}
