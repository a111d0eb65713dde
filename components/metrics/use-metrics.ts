"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import type { MetricsResponse } from "@/lib/metrics/types";
import { filterQueryString } from "@/lib/api/metrics-query";

/** The view's query string: only the period and filter params, in a stable order. */
export function useFilterQueryString(): string {
  return filterQueryString(useSearchParams());
}

export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error ?? `Request failed (${response.status})`);
  return body as T;
}

/**
 * GET /api/metrics for the URL's period and filters. The server render passes its result as
 * `initial` for the query string it was rendered with, so the first paint needs no fetch.
 */
export function useMetrics(initial: { queryString: string; data: MetricsResponse }) {
  const queryString = useFilterQueryString();
  return useQuery({
    queryKey: ["metrics", queryString],
    queryFn: () => fetchJson<MetricsResponse>(`/api/metrics${queryString ? `?${queryString}` : ""}`),
    initialData: queryString === initial.queryString ? initial.data : undefined,
    placeholderData: keepPreviousData,
  });
}
