"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchJson, useFilterQueryString } from "@/components/metrics/use-metrics";
import type { CsDashboardResponse } from "@/lib/metrics/cs-dashboard";

/** GET /api/dashboards/cs for the URL's period and filters; the server render seeds the first query. */
export function useCsDashboard(initial: { queryString: string; data: CsDashboardResponse; partial?: boolean }) {
  const queryString = useFilterQueryString();
  return useQuery({
    queryKey: ["dashboards", "cs", queryString],
    queryFn: () => fetchJson<CsDashboardResponse>(`/api/dashboards/cs${queryString ? `?${queryString}` : ""}`),
    initialData: queryString === initial.queryString ? initial.data : undefined,
    // A partial first view counts as stale from the start, so the whole one is fetched on mount.
    initialDataUpdatedAt: initial.partial ? 0 : undefined,
    placeholderData: keepPreviousData,
  });
}
