"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { fetchJson } from "@/components/metrics/use-metrics";
import type { CustomerListResponse } from "@/lib/metrics/customer-list-types";
import { customerQueryString } from "./query-string";

/** What the server render computed for its URL: the list, or why the URL's params are invalid. */
export type InitialCustomerList = { queryString: string } & ({ data: CustomerListResponse; error?: never } | { error: string; data?: never });

/** GET /api/customers keyed by the URL; the server render seeds the first query, later ones keep the previous rows while loading. */
export function useCustomerList(initial: InitialCustomerList | null) {
  const queryString = customerQueryString(useSearchParams());
  const seeded = initial && queryString === initial.queryString ? initial : null;
  const query = useQuery({
    queryKey: ["customers", queryString],
    queryFn: () => fetchJson<CustomerListResponse>(`/api/customers${queryString ? `?${queryString}` : ""}`),
    initialData: seeded?.data,
    enabled: !seeded?.error,
    placeholderData: keepPreviousData,
    retry: 1,
  });
  return { ...query, errorMessage: seeded?.error ?? query.error?.message ?? null };
}
