"use client";

import { useEffect, useState } from "react";
import { useViewQuery } from "@/components/api/use-view-query";
import { HEALTH_FACTORS, type HealthFactor } from "@/lib/domain/types";
import type { BacktestResult } from "@/lib/metrics/health-backtest";

export interface BacktestDraft {
  weights: Record<HealthFactor, number>;
  healthyMin: number;
  watchMin: number;
}

function backtestQueryString(draft: BacktestDraft): string {
  const qs = new URLSearchParams();
  for (const f of HEALTH_FACTORS) qs.set(f, String(draft.weights[f]));
  qs.set("healthy_min", String(draft.healthyMin));
  qs.set("watch_min", String(draft.watchMin));
  return qs.toString();
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** GET /api/health-score/backtest for the weights being edited, 400 ms after the last keystroke; a draft that is not valid yet keeps the last answer. */
export function useBacktest(draft: BacktestDraft | null) {
  const queryString = useDebounced(draft ? backtestQueryString(draft) : null, 400);
  return useViewQuery<BacktestResult>("/api/health-score/backtest", queryString, { staleTime: 60_000 });
}
