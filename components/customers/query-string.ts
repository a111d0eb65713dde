import { CUSTOMER_QUERY_KEYS } from "@/lib/metrics/customer-list-types";

/** The Customers page's params in a stable order: the query key and the API URL. */
export function customerQueryString(params: { get(key: string): string | null }): string {
  const out = new URLSearchParams();
  for (const key of CUSTOMER_QUERY_KEYS) {
    const value = params.get(key);
    if (value) out.set(key, value);
  }
  return out.toString();
}

/** Params that narrow the list to the customers behind a number (search, sort and paging aside). */
export const DRILL_FILTER_KEYS = ["month", "movement", "cohort", "status", "retention_cohort", "health", "stage", "stuck", "survey", "renewal"] as const;
