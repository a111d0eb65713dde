"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { deckCartesian } from "@/lib/export/deck-chart";
import type { TrailingRetention } from "@/lib/metrics/retention";
import type { MonthMetrics } from "@/lib/metrics/types";
import {
  annotationMarkers,
  AXIS_COLOR,
  axisStyle,
  ChartContainer,
  ChartLegendContent,
  ChartTooltipContent,
  GRID_COLOR,
  planLines,
  seriesColor,
  type ChartConfig,
} from "./chart";
import { annotationsByMonth, withPlans, type PlanView } from "./plan";
import { ChartCard } from "./chart-card";
import { axisMonth, axisPercent, monthCell, percent, percentTicks, tooltipMonth } from "./chart-format";

const CONFIG = {
  nrr12: { label: "NRR, trailing 12 months", color: "chart-1", kind: "line" },
  grr12: { label: "GRR, trailing 12 months", color: "chart-2", kind: "line" },
  nrr: { label: "NRR, month", color: "chart-1", kind: "line", dashed: true },
  grr: { label: "GRR, month", color: "chart-2", kind: "line", dashed: true },
} satisfies ChartConfig;

const KEYS = ["nrr12", "grr12", "nrr", "grr"] as const;

/** NRR and GRR: each month's one-month value and the trailing 12 months ending there. */
export function RetentionTrendChart({
  months,
  trailing,
  plan,
}: {
  months: MonthMetrics[];
  trailing: TrailingRetention[];
  plan?: PlanView;
}) {
  const byMonth = new Map(trailing.map((t) => [t.month, t]));
  const base = months.map((m) => ({
    month: m.month,
    nrr: m.nrr,
    grr: m.grr,
    nrr12: byMonth.get(m.month)?.nrr ?? null,
    grr12: byMonth.get(m.month)?.grr ?? null,
  }));
  const { rows, config, planKeys } = withPlans(
    base,
    CONFIG,
    [
      { metric: "nrr", series: { label: "NRR plan", color: "chart-1" } },
      { metric: "grr", series: { label: "GRR plan", color: "chart-2" } },
    ],
    plan ?? { segment: null },
  );
  const notes = annotationsByMonth(plan?.annotations);
  const { domain, ticks } = percentTicks(
    rows.flatMap((r) => [r.nrr, r.grr, r.nrr12, r.grr12, ...planKeys.map((k) => r[k] as number | null)]),
  );
  return (
    <ChartCard
      id="retention-trend"
      title="Net and gross revenue retention"
      definition="Cohort MRR at the end ÷ at the start × 100 (NRR); GRR caps each customer at its starting MRR. Solid: trailing 12 months; dashed: each month."
      glossaryHref="/metrics#nrr"
      isEmpty={rows.every((r) => r.nrr === null && r.nrr12 === null)}
      annotations={notes}
      deck={deckCartesian(config, rows, (r) => axisMonth(String(r.month)), { format: "percent" })}
      table={{
        columns: [
          { key: "month", label: "Month", format: monthCell },
          ...KEYS.map((key) => ({ key, label: CONFIG[key].label, format: percent, align: "right" as const })),
        ],
        rows,
      }}
    >
      <ChartContainer config={config}>
        <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 4 }}>
          <CartesianGrid vertical={false} stroke={GRID_COLOR} />
          <XAxis dataKey="month" tickFormatter={axisMonth} {...axisStyle} minTickGap={16} interval="preserveStartEnd" />
          <YAxis tickFormatter={axisPercent} {...axisStyle} width={44} domain={domain} ticks={ticks} />
          <ReferenceLine y={100} stroke={AXIS_COLOR} strokeDasharray="2 2" />
          <Tooltip content={<ChartTooltipContent formatValue={percent} formatLabel={tooltipMonth} />} />
          <Legend content={<ChartLegendContent />} />
          {KEYS.map((key) => {
            const c: { label: string; dashed?: boolean } = CONFIG[key];
            return (
              <Line
                key={key}
                dataKey={key}
                name={c.label}
                stroke={seriesColor(key)}
                strokeWidth={c.dashed ? 1.25 : 2.5}
                strokeDasharray={c.dashed ? "4 3" : undefined}
                dot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
            );
          })}
          {planLines(planKeys, config)}
          {annotationMarkers(notes)}
        </LineChart>
      </ChartContainer>
    </ChartCard>
  );
}
