"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchJson, useFilterQueryString } from "@/components/metrics/use-metrics";
import type { ExecutiveResponse } from "@/lib/metrics/executive";

/** GET /api/dashboards/executive for the URL's period and filters, seeded by the server render. */
export function useExecutive(initial: { queryString: string; data: ExecutiveResponse }) {
  const queryString = useFilterQueryString();
  return useQuery({
    queryKey: ["dashboards", "executive", queryString],
    queryFn: () => fetchJson<ExecutiveResponse>(`/api/dashboards/executive${queryString ? `?${queryString}` : ""}`),
    initialData: queryString === initial.queryString ? initial.data : undefined,
    placeholderData: keepPreviousData,
  });
}
