import { pickQueryString } from "@/lib/api/metrics-query";
import { CUSTOMER_QUERY_KEYS } from "@/lib/metrics/customer-list-types";

/** The Customers page's params in a stable order: the query key and the API URL. */
export function customerQueryString(params: { get(key: string): string | null }): string {
  return pickQueryString(params, CUSTOMER_QUERY_KEYS);
}
