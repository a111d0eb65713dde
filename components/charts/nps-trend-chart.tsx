"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { deckCartesian } from "@/lib/export/deck-chart";
import { formatNumber } from "@/lib/format";
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
import { axisMonth, monthCell, tooltipMonth, zeroBasedTicks } from "./chart-format";

const score = (v: unknown) => (typeof v === "number" ? formatNumber(v, 1) : "—");
const CONFIG = { nps: { label: "NPS", color: "chart-6", kind: "line" } } satisfies ChartConfig;

/** Net Promoter Score of each month's responses; months without responses are gaps. */
export function NpsTrendChart({ months, plan }: { months: MonthMetrics[]; plan?: PlanView }) {
  const base = months.map((m) => ({ month: m.month, nps: m.nps }));
  const { rows, config, planKeys } = withPlans(
    base,
    CONFIG,
    [{ metric: "nps", series: { label: "NPS plan", color: "chart-6" } }],
    plan ?? { segment: null },
  );
  const notes = annotationsByMonth(plan?.annotations);
  const { domain, ticks } = zeroBasedTicks(
    rows.flatMap((r) => [r.nps, ...planKeys.map((k) => (r as Record<string, unknown>)[k] as number | null)]),
  );
  return (
    <ChartCard
      id="nps-trend"
      title="Net Promoter Score by month"
      definition="% promoters (9–10) − % detractors (0–6) of the month's NPS responses, from −100 to 100."
      glossaryHref="/metrics#nps"
      isEmpty={rows.every((r) => r.nps === null)}
      emptyMessage="No NPS responses in this period."
      annotations={notes}
      deck={deckCartesian(config, rows, (r) => axisMonth(String(r.month)), { format: "decimal" })}
      table={{
        columns: [
          { key: "month", label: "Month", format: monthCell },
          { key: "nps", label: "NPS", format: score, align: "right" },
        ],
        rows,
      }}
    >
      <ChartContainer config={config}>
        <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 4 }}>
          <CartesianGrid vertical={false} stroke={GRID_COLOR} />
          <XAxis dataKey="month" tickFormatter={axisMonth} {...axisStyle} minTickGap={16} interval="preserveStartEnd" />
          <YAxis {...axisStyle} width={36} domain={domain} ticks={ticks} interval={0} />
          <ReferenceLine y={0} stroke={AXIS_COLOR} />
          <Tooltip content={<ChartTooltipContent formatValue={score} formatLabel={tooltipMonth} />} />
          <Line
            dataKey="nps"
            name="NPS"
            stroke={seriesColor("nps")}
            strokeWidth={2}
            dot={{ r: 2.5, fill: seriesColor("nps") }}
            connectNulls={false}
            isAnimationActive={false}
          />
          {planLines(planKeys, config)}
          {annotationMarkers(notes)}
          {planKeys.length > 0 && <Legend content={<ChartLegendContent />} />}
        </LineChart>
      </ChartContainer>
    </ChartCard>
  );
}
