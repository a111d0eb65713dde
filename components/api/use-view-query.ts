"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch } from "./api-fetch";

/** What the server render computed for its URL, so the first paint needs no fetch. */
export interface InitialView<T> {
  queryString: string;
  data: T;
}

export interface ViewQueryOptions<T> {
  /** Seeds the query whose params are the ones the server rendered with. */
  initial?: InitialView<T> | null;
  enabled?: boolean;
  staleTime?: number;
  retry?: number;
}

/**
 * GET `endpoint?params`, keyed by both. While new params load, the previous answer stays on screen:
 * `refreshing` says so, for the view's busy cue. `params` null waits (e.g. a draft that is not valid yet).
 */
export function useViewQuery<T>(endpoint: string, params: string | null, options: ViewQueryOptions<T> = {}) {
  const { initial, enabled = true, ...tuning } = options;
  const seed = initial && initial.queryString === params ? initial : null;
  const query = useQuery({
    queryKey: [endpoint, params],
    queryFn: () => apiFetch<T>(params ? `${endpoint}?${params}` : endpoint),
    enabled: params !== null && enabled,
    initialData: seed?.data,
    placeholderData: keepPreviousData,
    // Only the tuning given: an explicit undefined would replace the QueryClient's defaults.
    ...tuning,
  });
  return { ...query, refreshing: query.isPlaceholderData };
}
