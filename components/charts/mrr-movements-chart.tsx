"use client";

import { useRouter } from "next/navigation";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { customersHref } from "@/components/drilldown/customers-href";
import { deckCartesian } from "@/lib/export/deck-chart";
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
import { axisMoney, axisMonth, money, monthCell, tooltipMonth } from "./chart-format";

const MOVEMENTS = ["new", "expansion", "reactivation", "contraction", "churn"] as const;

const CONFIG = {
  new: { label: "New", color: "chart-1", kind: "bar" },
  expansion: { label: "Expansion", color: "chart-3", kind: "bar" },
  reactivation: { label: "Reactivation", color: "chart-2", kind: "bar" },
  contraction: { label: "Contraction", color: "chart-4", kind: "bar" },
  churn: { label: "Churn", color: "chart-5", kind: "bar" },
  mrr: { label: "MRR (right axis)", color: "chart-7", kind: "line", axis: "right" },
} satisfies ChartConfig;

const absMoney = (v: unknown) => money(typeof v === "number" ? Math.abs(v) : v);

/** Monthly MRR bridge: additions up, losses down as negative bars, MRR as a line; a bar drills to its customers. */
export function MrrMovementsChart({
  months,
  drillBase,
  className,
  plan,
}: {
  months: MonthMetrics[];
  drillBase: string;
  className?: string;
  plan?: PlanView;
}) {
  const router = useRouter();
  const base = months.map((m) => ({
    month: m.month,
    new: m.new_mrr,
    expansion: m.expansion_mrr,
    reactivation: m.reactivation_mrr,
    contraction: -m.contraction_mrr,
    churn: -m.churned_mrr,
    mrr: m.mrr,
  }));
  const { rows, config, planKeys } = withPlans(
    base,
    CONFIG,
    [{ metric: "mrr", series: { label: "MRR plan (right axis)", color: "chart-7", axis: "right" } }],
    plan ?? { segment: null },
  );
  const notes = annotationsByMonth(plan?.annotations);
  const drill = (movement: string, month: string) => customersHref(drillBase, { movement, month });
  return (
    <ChartCard
      id="mrr-movements"
      className={className}
      title="MRR and its movements by month"
      definition="Bars: MRR added (new, expansion, reactivation) and lost (contraction, churn) each month; line: MRR at month end."
      hint="Click a bar for its customers."
      glossaryHref="/metrics#mrr_movements"
      height={320}
      isEmpty={months.length === 0}
      annotations={notes}
      deck={deckCartesian(config, rows, (r) => axisMonth(String(r.month)), { stacked: true, format: "money", rightFormat: "money" })}
      table={{
        columns: [
          { key: "month", label: "Month", format: monthCell },
          { key: "mrr", label: "MRR", format: money, align: "right" },
          ...MOVEMENTS.map((key) => ({
            key,
            label: CONFIG[key].label,
            format: absMoney,
            align: "right" as const,
            href: (row: Record<string, unknown>) => (row[key] ? drill(key, String(row.month)) : undefined),
          })),
        ],
        rows,
      }}
    >
      <ChartContainer config={config}>
        <ComposedChart data={rows} stackOffset="sign" margin={{ top: 8, right: 4, bottom: 0, left: 4 }}>
          <CartesianGrid vertical={false} stroke={GRID_COLOR} />
          <XAxis dataKey="month" tickFormatter={axisMonth} {...axisStyle} minTickGap={16} interval="preserveStartEnd" />
          <YAxis yAxisId="mv" tickFormatter={axisMoney} {...axisStyle} width={56} />
          <YAxis yAxisId="mrr" orientation="right" tickFormatter={axisMoney} {...axisStyle} width={56} />
          <ReferenceLine yAxisId="mv" y={0} stroke={AXIS_COLOR} />
          <Tooltip
            content={<ChartTooltipContent formatValue={absMoney} formatLabel={tooltipMonth} />}
            cursor={{ fill: GRID_COLOR, fillOpacity: 0.4 }}
          />
          <Legend content={<ChartLegendContent />} />
          {MOVEMENTS.map((key) => (
            <Bar
              key={key}
              yAxisId="mv"
              dataKey={key}
              name={CONFIG[key].label}
              stackId="mv"
              fill={seriesColor(key)}
              cursor="pointer"
              isAnimationActive={false}
              onClick={(item) => router.push(drill(key, String((item.payload as { month: string }).month)))}
            />
          ))}
          <Line
            yAxisId="mrr"
            dataKey="mrr"
            name={CONFIG.mrr.label}
            stroke={seriesColor("mrr")}
            strokeWidth={2}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
          {planLines(planKeys, config, "mrr")}
          {annotationMarkers(notes, "mv")}
        </ComposedChart>
      </ChartContainer>
    </ChartCard>
  );
}
