"use client";

import { useSearchParams } from "next/navigation";
import { useViewQuery } from "@/components/api/use-view-query";
import type { CustomerListResponse } from "@/lib/metrics/customer-list-types";
import { customerQueryString } from "./query-string";

/** What the server render computed for its URL: the list, or why the URL's params are invalid. */
export type InitialCustomerList = { queryString: string } & (
  { data: CustomerListResponse; error?: never } | { error: string; data?: never }
);

/** GET /api/customers keyed by the URL; the server render seeds the first query, later ones keep the previous rows while loading. */
export function useCustomerList(initial: InitialCustomerList | null) {
  const queryString = customerQueryString(useSearchParams());
  const seeded = initial && queryString === initial.queryString ? initial : null;
  const query = useViewQuery<CustomerListResponse>("/api/customers", queryString, {
    initial: seeded?.data ? { queryString, data: seeded.data } : null,
    enabled: !seeded?.error,
    retry: 1,
  });
  return { ...query, errorMessage: seeded?.error ?? query.error?.message ?? null };
}
