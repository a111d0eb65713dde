"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";
import { parseMetricsQuery } from "@/lib/api/metrics-query";

/**
 * The view's state lives in the URL. Updates go through history.pushState, which Next.js
 * syncs with useSearchParams, so the page refetches through TanStack Query without a reload.
 * A page the server rendered for an invalid link shows only the error, so leaving such a URL
 * takes a real navigation to render the view again.
 */
export function useUrlParams() {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();

  const setParams = useCallback(
    (changes: Record<string, string | null>) => {
      const next = new URLSearchParams(searchParams.toString());
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === "") next.delete(key);
        else next.set(key, value);
      }
      const query = next.toString();
      const url = query ? `${pathname}?${query}` : pathname;
      if (parseMetricsQuery(searchParams).ok) window.history.pushState(null, "", url);
      else router.push(url, { scroll: false });
    },
    [searchParams, pathname, router],
  );

  return { searchParams, setParams };
}
