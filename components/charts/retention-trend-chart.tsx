"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { TrailingRetention } from "@/lib/metrics/retention";
import type { MonthMetrics } from "@/lib/metrics/types";
import { ChartCard } from "./chart-card";
import { AXIS_TICK, axisMonth, axisPercent, monthCell, percent, percentTicks, TOOLTIP_STYLE, tooltipMonth, tooltipValue } from "./chart-format";
import { useThemeColors } from "./theme-colors";

/** NRR and GRR: each month's one-month value and the trailing 12 months ending there. */
export function RetentionTrendChart({ months, trailing }: { months: MonthMetrics[]; trailing: TrailingRetention[] }) {
  const colors = useThemeColors();
  const byMonth = new Map(trailing.map((t) => [t.month, t]));
  const rows = months.map((m) => ({
    month: m.month,
    nrr: m.nrr,
    grr: m.grr,
    nrr12: byMonth.get(m.month)?.nrr ?? null,
    grr12: byMonth.get(m.month)?.grr ?? null,
  }));
  const { domain, ticks } = percentTicks(rows.flatMap((r) => [r.nrr, r.grr, r.nrr12, r.grr12]));
  const lines = [
    { key: "nrr12", label: "NRR, trailing 12 months", color: colors["chart-1"], width: 2.5, dash: undefined },
    { key: "grr12", label: "GRR, trailing 12 months", color: colors["chart-2"], width: 2.5, dash: undefined },
    { key: "nrr", label: "NRR, month", color: colors["chart-1"], width: 1.25, dash: "4 3" },
    { key: "grr", label: "GRR, month", color: colors["chart-2"], width: 1.25, dash: "4 3" },
  ];
  return (
    <ChartCard
      id="retention-trend"
      title="Net and gross revenue retention"
      definition="Cohort MRR at the end ÷ at the start × 100 (NRR); GRR caps each customer at its starting MRR. Solid: trailing 12 months; dashed: each month."
      glossaryHref="/metrics#nrr"
      isEmpty={rows.every((r) => r.nrr === null && r.nrr12 === null)}
      table={{
        columns: [
          { key: "month", label: "Month", format: monthCell },
          ...lines.map((l) => ({ key: l.key, label: l.label, format: percent, align: "right" as const })),
        ],
        rows,
      }}
    >
      <LineChart responsive style={{ width: "100%", height: "100%" }} data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 4 }}>
        <CartesianGrid vertical={false} stroke={colors["chart-grid"]} />
        <XAxis dataKey="month" tickFormatter={axisMonth} tick={AXIS_TICK} stroke={colors["chart-axis"]} minTickGap={16} interval="preserveStartEnd" />
        <YAxis tickFormatter={axisPercent} tick={AXIS_TICK} stroke={colors["chart-axis"]} width={44} domain={domain} ticks={ticks} />
        <ReferenceLine y={100} stroke={colors["chart-axis"]} strokeDasharray="2 2" />
        <Tooltip formatter={tooltipValue(percent)} labelFormatter={tooltipMonth} contentStyle={TOOLTIP_STYLE} />
        <Legend wrapperStyle={{ fontSize: 12 }} iconSize={10} itemSorter={null} />
        {lines.map((l) => (
          <Line
            key={l.key}
            dataKey={l.key}
            name={l.label}
            stroke={l.color}
            strokeWidth={l.width}
            strokeDasharray={l.dash}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartCard>
  );
}
