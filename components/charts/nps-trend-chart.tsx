"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/format";
import type { MonthMetrics } from "@/lib/metrics/types";
import { ChartCard } from "./chart-card";
import { AXIS_TICK, axisMonth, monthCell, TOOLTIP_STYLE, tooltipMonth, tooltipValue } from "./chart-format";
import { useThemeColors } from "./theme-colors";

const score = (v: unknown) => (typeof v === "number" ? formatNumber(v, 1) : "—");

/** Net Promoter Score of each month's responses; months without responses are gaps. */
export function NpsTrendChart({ months }: { months: MonthMetrics[] }) {
  const colors = useThemeColors();
  const rows = months.map((m) => ({ month: m.month, nps: m.nps }));
  return (
    <ChartCard
      id="nps-trend"
      title="Net Promoter Score by month"
      definition="% promoters (9–10) − % detractors (0–6) of the month's NPS responses, from −100 to 100."
      glossaryHref="/metrics#nps"
      isEmpty={rows.every((r) => r.nps === null)}
      emptyMessage="No NPS responses in this period."
      table={{
        columns: [
          { key: "month", label: "Month", format: monthCell },
          { key: "nps", label: "NPS", format: score, align: "right" },
        ],
        rows,
      }}
    >
      <LineChart responsive style={{ width: "100%", height: "100%" }} data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 4 }}>
        <CartesianGrid vertical={false} stroke={colors["chart-grid"]} />
        <XAxis dataKey="month" tickFormatter={axisMonth} tick={AXIS_TICK} stroke={colors["chart-axis"]} minTickGap={16} interval="preserveStartEnd" />
        <YAxis tick={AXIS_TICK} stroke={colors["chart-axis"]} width={36} domain={[(min: number) => Math.min(0, Math.floor(min / 10) * 10), (max: number) => Math.max(0, Math.ceil(max / 10) * 10)]} />
        <ReferenceLine y={0} stroke={colors["chart-axis"]} />
        <Tooltip formatter={tooltipValue(score)} labelFormatter={tooltipMonth} contentStyle={TOOLTIP_STYLE} />
        <Line dataKey="nps" name="NPS" stroke={colors["chart-6"]} strokeWidth={2} dot={{ r: 2.5 }} connectNulls={false} isAnimationActive={false} />
      </LineChart>
    </ChartCard>
  );
}
