"use client";

import { useSearchParams } from "next/navigation";
import { filterQueryString } from "@/lib/api/metrics-query";

/** The URL's period and filters as a query string, in the order the server render keyed its data by. */
export function useFilterQueryString(): string {
  return filterQueryString(useSearchParams());
}
