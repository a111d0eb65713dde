"use client";

import { kpiTiles } from "@/components/kpi/kpi-specs";
import type { ExecutiveResponse } from "@/lib/metrics/executive";
import type { MetricsResponse } from "@/lib/metrics/types";
import type { ExportKpi, ExportView } from "./export-context";

/** The Executive KPI tiles' values and changes, from the same function the tiles render. */
export function executiveKpis(metrics: MetricsResponse, executive: ExecutiveResponse): ExportKpi[] {
  return kpiTiles(metrics, executive, "", "#000000").flatMap((tile): ExportKpi[] => [
    {
      label: tile.window ? `${tile.label} (${tile.window})` : tile.label,
      value: tile.value,
      change: `${tile.previous === null ? tile.delta : `${tile.delta} vs ${tile.previous}`}${tile.plan ? ` · ${tile.plan.delta} vs plan ${tile.plan.value}` : ""}`,
      tone: tile.tone,
    },
    ...tile.readings.map((r) => ({ label: `${tile.label}, ${r.label}`, value: r.value })),
  ]);
}

/** Headline tiles read from the page (the CS dashboard's StatTiles), as they are shown. */
export function statTilesOnPage(): ExportKpi[] {
  return [...document.querySelectorAll<HTMLElement>("article[data-testid^='stat-']")].map((tile) => {
    const value = tile.querySelector("[data-testid$='-value']");
    const note = [...tile.querySelectorAll("p")].find((p) => p !== value);
    return {
      label: tile.querySelector("h3")?.textContent?.trim() ?? "",
      value: value?.textContent?.trim() ?? "",
      change: note?.textContent?.trim() || undefined,
    };
  });
}

/** The export view of a dashboard built on /api/metrics: its period, filters and last month with data. */
export function metricsExportView(dashboard: string, metrics: MetricsResponse, kpis: () => ExportKpi[]): ExportView {
  return {
    dashboard,
    period: metrics.period,
    filters: metrics.filters,
    dataThrough: metrics.months.at(-1)?.month ?? metrics.period.to,
    kpis,
  };
}
