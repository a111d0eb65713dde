"use client";

import { useState } from "react";
import type { CsListResponse } from "@/lib/api/cs-list-query";
import { apiFetch } from "@/components/api/api-fetch";

/** Rows one "Show more" fetch asks for (the API answers at most 200). */
const FETCH = 100;

interface Paging<T> {
  key: string;
  first: readonly T[];
  more: T[];
}

/**
 * A CS list whose first rows came with the view: `loadMore` appends the next page from `endpoint`
 * (GET /api/dashboards/cs/renewals or /at-risk) for the view's period and filters (`viewParams`).
 * A new view (other filters, or the same refetched) starts again from its own first rows.
 */
export function usePagedList<T>(
  endpoint: string,
  viewParams: string,
  first: readonly T[],
): { rows: readonly T[]; loadMore: () => Promise<void> } {
  const [paging, setPaging] = useState<Paging<T>>({ key: viewParams, first, more: [] });
  const fresh = (p: Paging<T>): Paging<T> => (p.key === viewParams && p.first === first ? p : { key: viewParams, first, more: [] });
  const current = fresh(paging);
  const rows = current.more.length > 0 ? [...first, ...current.more] : first;
  const loadMore = async () => {
    const page = await apiFetch<CsListResponse<T>>(`${endpoint}?${viewParams}&offset=${rows.length}&limit=${FETCH}`);
    // Appended to the rows it was asked after (a view left meanwhile keeps its own state).
    setPaging((p) => {
      const now = fresh(p);
      return now.more.length === current.more.length ? { ...now, more: [...now.more, ...page.rows] } : p;
    });
  };
  return { rows, loadMore };
}
