"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/components/metrics/use-metrics";
import type { RememberedMapping } from "@/db/imports/column-mappings";
import { headerSignature } from "@/lib/import/mapping";

/** The mapping last used with this header (GET /api/imports/mappings), to offer it again. */
export function useRememberedMapping(header: readonly string[] | null): RememberedMapping | null {
  const signature = header ? headerSignature(header) : "";
  const { data } = useQuery({
    queryKey: ["column-mapping", signature],
    enabled: signature !== "",
    staleTime: 0,
    queryFn: () => {
      const params = new URLSearchParams(header!.map((h) => ["column", h]));
      return fetchJson<{ mapping: RememberedMapping | null }>(`/api/imports/mappings?${params}`);
    },
  });
  return signature === "" ? null : (data?.mapping ?? null);
}
