"use client";

import { themeVar } from "@/components/charts/theme-colors";
import type { ExecutiveResponse } from "@/lib/metrics/executive";
import type { MetricsResponse } from "@/lib/metrics/types";
import { kpiTiles } from "./kpi-specs";
import { KpiTile } from "./kpi-tile";

export function KpiGrid({ metrics, executive, drillBase }: { metrics: MetricsResponse; executive: ExecutiveResponse; drillBase: string }) {
  const tiles = kpiTiles(metrics, executive, drillBase, themeVar("chart-1"));
  return (
    <section aria-labelledby="key-metrics-heading" className="grid grid-cols-2 gap-2 sm:gap-3 md:grid-cols-3 lg:grid-cols-4 xl:grid-cols-6">
      <h2 id="key-metrics-heading" className="sr-only">
        Key metrics
      </h2>
      {tiles.map((tile) => (
        <KpiTile key={tile.metricKey} {...tile} />
      ))}
    </section>
  );
}
