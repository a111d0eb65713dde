"use client";

import { useRouter } from "next/navigation";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { customersHref } from "@/components/drilldown/customers-href";
import type { MonthMetrics } from "@/lib/metrics/types";
import { ChartCard } from "./chart-card";
import { AXIS_TICK, axisMoney, axisMonth, money, monthCell, TOOLTIP_STYLE, tooltipMonth, tooltipValue } from "./chart-format";
import { useThemeColors, type ThemeColorName } from "./theme-colors";

const SERIES: { key: "new" | "expansion" | "reactivation" | "contraction" | "churn"; label: string; color: ThemeColorName }[] = [
  { key: "new", label: "New", color: "chart-1" },
  { key: "expansion", label: "Expansion", color: "chart-3" },
  { key: "reactivation", label: "Reactivation", color: "chart-2" },
  { key: "contraction", label: "Contraction", color: "chart-4" },
  { key: "churn", label: "Churn", color: "chart-5" },
];

/** Monthly MRR bridge: additions up, losses down as negative bars, MRR as a line; a bar drills to its customers. */
export function MrrMovementsChart({ months, drillBase, className }: { months: MonthMetrics[]; drillBase: string; className?: string }) {
  const colors = useThemeColors();
  const router = useRouter();
  const rows = months.map((m) => ({
    month: m.month,
    new: m.new_mrr,
    expansion: m.expansion_mrr,
    reactivation: m.reactivation_mrr,
    contraction: -m.contraction_mrr,
    churn: -m.churned_mrr,
    mrr: m.mrr,
  }));
  const drill = (movement: string, month: string) => customersHref(drillBase, { movement, from: month, to: month });
  return (
    <ChartCard
      id="mrr-movements"
      className={className}
      title="MRR and its movements by month"
      definition="Bars: MRR added (new, expansion, reactivation) and lost (contraction, churn) each month; line: MRR at month end. Click a bar for its customers."
      glossaryHref="/metrics#mrr_movements"
      height={320}
      isEmpty={months.length === 0}
      table={{
        columns: [
          { key: "month", label: "Month", format: monthCell },
          { key: "mrr", label: "MRR", format: money, align: "right" },
          ...SERIES.map((s) => ({
            key: s.key,
            label: s.label,
            format: (v: unknown) => money(typeof v === "number" ? Math.abs(v) : v),
            align: "right" as const,
            href: (row: Record<string, unknown>) => (row[s.key] ? drill(s.key, String(row.month)) : undefined),
          })),
        ],
        rows,
      }}
    >
      <ComposedChart responsive style={{ width: "100%", height: "100%" }} data={rows} stackOffset="sign" margin={{ top: 8, right: 4, bottom: 0, left: 4 }}>
        <CartesianGrid vertical={false} stroke={colors["chart-grid"]} />
        <XAxis dataKey="month" tickFormatter={axisMonth} tick={AXIS_TICK} stroke={colors["chart-axis"]} minTickGap={16} interval="preserveStartEnd" />
        <YAxis yAxisId="mv" tickFormatter={axisMoney} tick={AXIS_TICK} stroke={colors["chart-axis"]} width={56} />
        <YAxis yAxisId="mrr" orientation="right" tickFormatter={axisMoney} tick={AXIS_TICK} stroke={colors["chart-axis"]} width={56} />
        <ReferenceLine yAxisId="mv" y={0} stroke={colors["chart-axis"]} />
        <Tooltip
          formatter={tooltipValue((v) => money(typeof v === "number" ? Math.abs(v) : v))}
          labelFormatter={tooltipMonth}
          contentStyle={TOOLTIP_STYLE}
          cursor={{ fill: colors["chart-grid"], fillOpacity: 0.4 }}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} iconSize={10} itemSorter={null} />
        {SERIES.map((s) => (
          <Bar
            key={s.key}
            yAxisId="mv"
            dataKey={s.key}
            name={s.label}
            stackId="mv"
            fill={colors[s.color]}
            cursor="pointer"
            isAnimationActive={false}
            onClick={(item) => router.push(drill(s.key, String((item.payload as { month: string }).month)))}
          />
        ))}
        <Line yAxisId="mrr" dataKey="mrr" name="MRR (right axis)" stroke={colors["chart-7"]} strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
      </ComposedChart>
    </ChartCard>
  );
}
