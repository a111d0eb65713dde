"use client";

import { useViewQuery } from "@/components/api/use-view-query";
import type { RememberedMapping } from "@/db/imports/column-mappings";
import { headerSignature } from "@/lib/import/mapping";

/** The mapping last used with this header (GET /api/imports/mappings), to offer it again. */
export function useRememberedMapping(header: readonly string[] | null): RememberedMapping | null {
  const params = header && headerSignature(header) !== "" ? new URLSearchParams(header.map((h) => ["column", h])).toString() : null;
  const { data, refreshing } = useViewQuery<{ mapping: RememberedMapping | null }>("/api/imports/mappings", params, { staleTime: 0 });
  // Another header's mapping, kept on screen while this one loads, is not this header's.
  return params === null || refreshing ? null : (data?.mapping ?? null);
}
