"use client";

import { useSearchParams } from "next/navigation";
import { DRILL_FILTER_KEYS, type CustomerListResponse } from "@/lib/metrics/customer-list-types";
import { describeDrill } from "./drill-description";

const CLEARED = Object.fromEntries([...DRILL_FILTER_KEYS, "page", "sort", "dir"].map((key) => [key, null]));

/** The drill-down in words, with a way back to the full list (period and filters kept). */
export function DrillBanner({ data, onClear }: { data: CustomerListResponse; onClear: (changes: Record<string, string | null>) => void }) {
  const { text, active } = describeDrill(data);
  const searchParams = useSearchParams();
  const kept = new URLSearchParams([...searchParams].filter(([key]) => !(key in CLEARED)));
  const clearedHref = `/customers${kept.size ? `?${kept}` : ""}`;
  if (!active) {
    return (
      <p className="text-sm text-slate-600" data-testid="customer-summary">
        {text}
      </p>
    );
  }
  return (
    <div
      role="status"
      data-testid="drill-banner"
      className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-indigo-200 bg-indigo-50 px-4 py-3 text-sm text-indigo-950"
    >
      <p className="font-medium">{text}</p>
      <a
        href={clearedHref}
        onClick={(e) => {
          e.preventDefault();
          onClear(CLEARED);
        }}
        className="font-medium text-indigo-700 hover:underline"
      >
        Clear
      </a>
    </div>
  );
}
