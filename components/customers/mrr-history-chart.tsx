"use client";

import { Area, AreaChart, CartesianGrid, Tooltip, XAxis, YAxis, type DotItemDotProps } from "recharts";
import { axisStyle, ChartContainer, ChartTooltipContent, GRID_COLOR, seriesColor, type ChartConfig } from "@/components/charts/chart";
import { ChartCard } from "@/components/charts/chart-card";
import { themeVar, type ThemeColorName } from "@/components/charts/theme-colors";
import { formatMoney, formatMonth, formatMonthShort } from "@/lib/format";
import type { CustomerDetail } from "@/lib/metrics/customer-detail";
import type { MovementType } from "@/lib/metrics/movements";
import { MOVEMENT_LABELS } from "./movement-labels";

const MOVEMENT_COLORS: Record<MovementType, ThemeColorName> = {
  new: "chart-2",
  reactivation: "chart-6",
  expansion: "chart-positive",
  contraction: "chart-4",
  churn: "chart-negative",
};

type Point = CustomerDetail["mrr_history"][number];

const CONFIG = { mrr: { label: "MRR", color: "chart-1", kind: "line" } } satisfies ChartConfig;

export function MrrHistoryChart({ history }: { history: CustomerDetail["mrr_history"] }) {
  const used = [...new Set(history.flatMap((h) => (h.movement ? [h.movement] : [])))];

  const dot = (props: DotItemDotProps) => {
    const point = props.payload as Point;
    if (!point.movement || props.cx === undefined || props.cy === undefined) return <g key={props.index} />;
    return (
      <circle
        key={props.index}
        cx={props.cx}
        cy={props.cy}
        r={5}
        fill={themeVar(MOVEMENT_COLORS[point.movement])}
        stroke="#fff"
        strokeWidth={1.5}
      >
        <title>{`${formatMonth(point.month)}: ${MOVEMENT_LABELS[point.movement]} ${formatMoney(point.amount)}`}</title>
      </circle>
    );
  };

  return (
    <ChartCard
      id="customer-mrr-history"
      title="MRR history"
      definition="MRR at each month end, from the first subscription to the latest month with data; dots mark movements."
      glossaryHref="/metrics#mrr"
      isEmpty={history.length === 0}
      emptyMessage="No subscriptions yet, so no MRR history."
      height={280}
      actions={
        <ul className="hidden flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600 sm:flex" aria-label="Movement colours">
          {used.map((m) => (
            <li key={m} className="flex items-center gap-1">
              <span
                aria-hidden="true"
                className="inline-block h-2.5 w-2.5 rounded-full"
                style={{ background: themeVar(MOVEMENT_COLORS[m]) }}
              />
              {MOVEMENT_LABELS[m]}
            </li>
          ))}
        </ul>
      }
      table={{
        columns: [
          { key: "month", label: "Month", format: (v) => formatMonth(String(v)) },
          { key: "mrr", label: "MRR", align: "right", format: (v) => formatMoney(v as number) },
          { key: "movement", label: "Movement", format: (v) => (v ? MOVEMENT_LABELS[v as MovementType] : "") },
          { key: "amount", label: "Amount", align: "right", format: (v) => ((v as number) ? formatMoney(v as number) : "") },
        ],
        rows: history as unknown as Record<string, unknown>[],
      }}
    >
      <ChartContainer config={CONFIG}>
        <AreaChart data={history} margin={{ top: 12, right: 12, bottom: 0, left: 4 }}>
          <CartesianGrid stroke={GRID_COLOR} vertical={false} />
          <XAxis dataKey="month" tickFormatter={formatMonthShort} {...axisStyle} minTickGap={24} />
          <YAxis tickFormatter={(v: number) => formatMoney(v, { compact: true })} {...axisStyle} width={56} axisLine={false} />
          <Tooltip
            content={
              <ChartTooltipContent
                formatLabel={(label, row) => {
                  const p = row as unknown as Point;
                  return `${formatMonth(String(label))}${p.movement ? ` · ${MOVEMENT_LABELS[p.movement]} ${formatMoney(p.amount)}` : ""}`;
                }}
                formatValue={(value) => formatMoney(Number(value))}
              />
            }
          />
          <Area
            type="stepAfter"
            dataKey="mrr"
            name="MRR"
            stroke={seriesColor("mrr")}
            fill={seriesColor("mrr")}
            fillOpacity={0.12}
            strokeWidth={2}
            dot={dot}
            activeDot={{ r: 4 }}
            isAnimationActive={false}
          />
        </AreaChart>
      </ChartContainer>
    </ChartCard>
  );
}
