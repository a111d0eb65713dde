"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback } from "react";

/**
 * The view's state lives in the URL. Updates go through history.pushState, which Next.js
 * syncs with useSearchParams, so the page refetches through TanStack Query without a reload.
 */
export function useUrlParams() {
  const searchParams = useSearchParams();
  const pathname = usePathname();

  const setParams = useCallback(
    (changes: Record<string, string | null>) => {
      const next = new URLSearchParams(searchParams.toString());
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === "") next.delete(key);
        else next.set(key, value);
      }
      const query = next.toString();
      window.history.pushState(null, "", query ? `${pathname}?${query}` : pathname);
    },
    [searchParams, pathname],
  );

  return { searchParams, setParams };
}
