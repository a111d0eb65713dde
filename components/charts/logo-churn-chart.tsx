"use client";

import { useRouter } from "next/navigation";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { customersHref } from "@/components/drilldown/customers-href";
import type { MonthlyRetention } from "@/lib/metrics/retention";
import type { MonthMetrics } from "@/lib/metrics/types";
import { ChartCard } from "./chart-card";
import { AXIS_TICK, axisMonth, monthCell, percent, TOOLTIP_STYLE, tooltipMonth, tooltipValue } from "./chart-format";
import { useThemeColors } from "./theme-colors";

/** Monthly logo churn (bars, left axis) and customer retention rate (line, right axis); a bar drills to that month's churned customers. */
export function LogoChurnChart({ months, retention, drillBase }: { months: MonthMetrics[]; retention: MonthlyRetention[]; drillBase: string }) {
  const colors = useThemeColors();
  const router = useRouter();
  const crrByMonth = new Map(retention.map((r) => [r.month, r.crr]));
  const rows = months.map((m) => ({
    month: m.month,
    churn: m.logo_churn_rate,
    crr: crrByMonth.get(m.month) ?? null,
    churned: m.churned_customers,
  }));
  const drill = (month: string) => customersHref(drillBase, { movement: "churn", from: month, to: month });
  return (
    <ChartCard
      id="logo-churn"
      title="Logo churn and customer retention by month"
      definition="Customers active at the start of the month who are not active at its end ÷ those active at the start × 100; CRR = 100 − logo churn."
      glossaryHref="/metrics#logo_churn_rate"
      isEmpty={rows.every((r) => r.churn === null)}
      table={{
        columns: [
          { key: "month", label: "Month", format: monthCell },
          { key: "churn", label: "Logo churn", format: percent, align: "right" },
          { key: "crr", label: "CRR", format: percent, align: "right" },
          { key: "churned", label: "Churned customers", align: "right", href: (row) => (row.churned ? drill(String(row.month)) : undefined) },
        ],
        rows,
      }}
    >
      <ComposedChart responsive style={{ width: "100%", height: "100%" }} data={rows} margin={{ top: 8, right: 4, bottom: 0, left: 4 }}>
        <CartesianGrid vertical={false} stroke={colors["chart-grid"]} />
        <XAxis dataKey="month" tickFormatter={axisMonth} tick={AXIS_TICK} stroke={colors["chart-axis"]} minTickGap={16} interval="preserveStartEnd" />
        <YAxis yAxisId="churn" tickFormatter={(v: number) => `${v}%`} tick={AXIS_TICK} stroke={colors["chart-axis"]} width={44} allowDecimals={false} />
        <YAxis
          yAxisId="crr"
          orientation="right"
          tickFormatter={(v: number) => `${v}%`}
          tick={AXIS_TICK}
          stroke={colors["chart-axis"]}
          width={44}
          domain={[(min: number) => Math.max(0, Math.floor(min - 1)), 100]}
          allowDecimals={false}
        />
        <Tooltip formatter={tooltipValue(percent)} labelFormatter={tooltipMonth} contentStyle={TOOLTIP_STYLE} cursor={{ fill: colors["chart-grid"], fillOpacity: 0.4 }} />
        <Legend wrapperStyle={{ fontSize: 12 }} iconSize={10} itemSorter={null} />
        <Bar
          yAxisId="churn"
          dataKey="churn"
          name="Logo churn"
          fill={colors["chart-5"]}
          cursor="pointer"
          isAnimationActive={false}
          onClick={(item) => router.push(drill(String((item.payload as { month: string }).month)))}
        />
        <Line yAxisId="crr" dataKey="crr" name="CRR (right axis)" stroke={colors["chart-3"]} strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
      </ComposedChart>
    </ChartCard>
  );
}
