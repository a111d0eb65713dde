"use client";

import { useRouter } from "next/navigation";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { customersHref } from "@/components/drilldown/customers-href";
import { deckCartesian } from "@/lib/export/deck-chart";
import type { MonthlyRetention } from "@/lib/metrics/retention";
import type { MonthMetrics } from "@/lib/metrics/types";
import {
  annotationMarkers,
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
import { axisMonth, monthCell, percent, tooltipMonth } from "./chart-format";

const CONFIG = {
  churn: { label: "Logo churn", color: "chart-5", kind: "bar" },
  crr: { label: "CRR (right axis)", color: "chart-3", kind: "line", axis: "right" },
} satisfies ChartConfig;

/** Monthly logo churn (bars, left axis) and customer retention rate (line, right axis); a bar drills to that month's churned customers. */
export function LogoChurnChart({
  months,
  retention,
  drillBase,
  plan,
}: {
  months: MonthMetrics[];
  retention: MonthlyRetention[];
  drillBase: string;
  plan?: PlanView;
}) {
  const router = useRouter();
  const crrByMonth = new Map(retention.map((r) => [r.month, r.crr]));
  const base = months.map((m) => ({
    month: m.month,
    churn: m.logo_churn_rate,
    crr: crrByMonth.get(m.month) ?? null,
    churned: m.churned_customers,
  }));
  const { rows, config, planKeys } = withPlans(
    base,
    CONFIG,
    [{ metric: "logo_churn_rate", series: { label: "Logo churn plan", color: "chart-5" } }],
    plan ?? { segment: null },
  );
  const notes = annotationsByMonth(plan?.annotations);
  const drill = (month: string) => customersHref(drillBase, { movement: "churn", month });
  return (
    <ChartCard
      id="logo-churn"
      title="Logo churn and customer retention by month"
      definition="Customers active at the start of the month who are not active at its end ÷ those active at the start × 100; CRR = 100 − logo churn."
      hint="Click a bar for the customers who churned."
      glossaryHref="/metrics#logo_churn_rate"
      isEmpty={rows.every((r) => r.churn === null)}
      annotations={notes}
      deck={deckCartesian(config, rows, (r) => axisMonth(String(r.month)), { format: "percent", rightFormat: "percent" })}
      table={{
        columns: [
          { key: "month", label: "Month", format: monthCell },
          { key: "churn", label: "Logo churn", format: percent, align: "right" },
          { key: "crr", label: "CRR", format: percent, align: "right" },
          {
            key: "churned",
            label: "Churned customers",
            align: "right",
            href: (row) => (row.churned ? drill(String(row.month)) : undefined),
          },
        ],
        rows,
      }}
    >
      <ChartContainer config={config}>
        <ComposedChart data={rows} margin={{ top: 8, right: 4, bottom: 0, left: 4 }}>
          <CartesianGrid vertical={false} stroke={GRID_COLOR} />
          <XAxis dataKey="month" tickFormatter={axisMonth} {...axisStyle} minTickGap={16} interval="preserveStartEnd" />
          <YAxis yAxisId="churn" tickFormatter={(v: number) => `${v}%`} {...axisStyle} width={44} allowDecimals={false} />
          <YAxis
            yAxisId="crr"
            orientation="right"
            tickFormatter={(v: number) => `${v}%`}
            {...axisStyle}
            width={44}
            domain={[(min: number) => Math.max(0, Math.floor(min - 1)), 100]}
            allowDecimals={false}
          />
          <Tooltip
            content={<ChartTooltipContent formatValue={percent} formatLabel={tooltipMonth} />}
            cursor={{ fill: GRID_COLOR, fillOpacity: 0.4 }}
          />
          <Legend content={<ChartLegendContent />} />
          <Bar
            yAxisId="churn"
            dataKey="churn"
            name={CONFIG.churn.label}
            fill={seriesColor("churn")}
            cursor="pointer"
            isAnimationActive={false}
            onClick={(item) => router.push(drill(String((item.payload as { month: string }).month)))}
          />
          <Line
            yAxisId="crr"
            dataKey="crr"
            name={CONFIG.crr.label}
            stroke={seriesColor("crr")}
            strokeWidth={2}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
          {planLines(planKeys, config, "churn")}
          {annotationMarkers(notes, "churn")}
        </ComposedChart>
      </ChartContainer>
    </ChartCard>
  );
}
