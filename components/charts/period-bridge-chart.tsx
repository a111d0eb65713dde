"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { customersHref, type CustomersDrill } from "@/components/drilldown/customers-href";
import { formatMoney, formatSigned } from "@/lib/format";
import { periodBridge, type BridgeStepKind } from "@/lib/metrics/mrr-bridge";
import type { MetricsSummary } from "@/lib/metrics/types";
import type { DeckCartesian } from "@/lib/export/deck-chart";
import { AXIS_COLOR, axisStyle, ChartContainer, ChartTooltipContent, GRID_COLOR, type ChartConfig } from "./chart";
import { ChartCard } from "./chart-card";
import { axisMoney, money } from "./chart-format";
import { themeVar, type ThemeColorName } from "./theme-colors";

const COLOR: Record<BridgeStepKind, ThemeColorName> = {
  start: "chart-7",
  new: "chart-1",
  expansion: "chart-3",
  reactivation: "chart-2",
  contraction: "chart-4",
  churn: "chart-5",
  end: "chart-7",
};

const DRILL: Record<BridgeStepKind, CustomersDrill> = {
  start: { retention_cohort: "1" },
  new: { movement: "new" },
  expansion: { movement: "expansion" },
  reactivation: { movement: "reactivation" },
  contraction: { movement: "contraction" },
  churn: { movement: "churn" },
  end: { status: "active" },
};

const compact = (v: number) => formatMoney(v, { compact: true });
const brief = (v: number) => new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 0 }).format(v);

/** Start MRR, the period's movements and end MRR as a waterfall that lands exactly on end MRR. */
const CONFIG = { range: { label: "MRR", color: "chart-7", kind: "bar" } } satisfies ChartConfig;

export function PeriodBridgeChart(props: { startMrr: number; summary: MetricsSummary; drillBase: string }) {
  const router = useRouter();
  const rows = periodBridge(props.startMrr, props.summary, props.summary.mrr).map((s) => ({
    ...s,
    range: [s.low, s.high] as [number, number],
    text: s.kind === "start" || s.kind === "end" ? compact(s.amount) : formatSigned(s.amount, compact),
    short: s.kind === "start" || s.kind === "end" ? brief(s.amount) : formatSigned(s.amount, brief),
  }));
  const href = (kind: BridgeStepKind) => customersHref(props.drillBase, DRILL[kind]);
  const deck: DeckCartesian = {
    type: "cartesian",
    categories: rows.map((r) => r.label),
    series: [{ key: "amount", label: "Amount", color: "chart-7", kind: "bar", axis: "left", values: rows.map((r) => r.amount) }],
    pointColors: rows.map((r) => COLOR[r.kind]),
    format: "money",
  };
  return (
    <ChartCard
      id="mrr-bridge"
      title="MRR bridge for the period"
      definition="MRR at the start snapshot plus the period's new, expansion and reactivation, minus contraction and churn, equals MRR at the end."
      glossaryHref="/metrics#mrr_movements"
      height={300}
      hint="Click a bar for its customers."
      isEmpty={props.startMrr === 0 && props.summary.mrr === 0}
      deck={deck}
      table={{
        columns: [
          { key: "label", label: "Step", href: (row) => href(row.kind as BridgeStepKind) },
          { key: "amount", label: "Amount", format: money, align: "right" },
        ],
        rows,
      }}
    >
      <ChartContainer config={CONFIG}>
        <BarChart data={rows} margin={{ top: 20, right: 8, bottom: 0, left: 4 }}>
          <CartesianGrid vertical={false} stroke={GRID_COLOR} />
          <XAxis dataKey="kind" tick={<StepTick textColor={AXIS_COLOR} />} stroke={AXIS_COLOR} interval={0} />
          <YAxis tickFormatter={axisMoney} {...axisStyle} width={56} />
          <Tooltip
            content={<ChartTooltipContent formatValue={(v) => money(v)} formatLabel={(_label, row) => String(row.label ?? "")} />}
            cursor={{ fill: GRID_COLOR, fillOpacity: 0.4 }}
          />
          <Bar
            dataKey="range"
            name="MRR"
            cursor="pointer"
            isAnimationActive={false}
            onClick={(item) => router.push(href((item.payload as { kind: BridgeStepKind }).kind))}
          >
            {rows.map((r) => (
              <Cell key={r.kind} fill={themeVar(COLOR[r.kind])} />
            ))}
            <LabelList dataKey="kind" content={<StepLabel rows={rows} textColor={AXIS_COLOR} />} />
          </Bar>
        </BarChart>
      </ChartContainer>
    </ChartCard>
  );
}

const SHORT: Record<BridgeStepKind, [string, string]> = {
  start: ["Start", "Start"],
  new: ["New", "New"],
  expansion: ["Exp.", "Expansion"],
  reactivation: ["React.", "Reactivation"],
  contraction: ["Contr.", "Contraction"],
  churn: ["Churn", "Churn"],
  end: ["End", "End"],
};

/** Short step names on a phone, full ones from the sm breakpoint up. */
function StepTick(props: { x?: number; y?: number; payload?: { value: BridgeStepKind }; textColor: string }) {
  const names = props.payload ? SHORT[props.payload.value] : null;
  if (!names) return null;
  return (
    <text x={props.x} y={props.y} dy={12} textAnchor="middle" fontSize={11} fill={props.textColor}>
      <tspan className="sm:hidden">{names[0]}</tspan>
      <tspan className="hidden sm:inline">{names[1]}</tspan>
    </text>
  );
}

/** The amount above each bar: full on wider screens, without currency and decimals on a phone. */
function StepLabel(props: {
  x?: unknown;
  y?: unknown;
  width?: unknown;
  value?: unknown;
  rows: { kind: BridgeStepKind; text: string; short: string }[];
  textColor: string;
}) {
  const row = props.rows.find((r) => r.kind === props.value);
  if (!row) return null;
  const x = Number(props.x) + Number(props.width) / 2;
  return (
    <text x={x} y={Number(props.y) - 6} textAnchor="middle" fontSize={11} fill={props.textColor}>
      <tspan className="sm:hidden">{row.short}</tspan>
      <tspan className="hidden sm:inline">{row.text}</tspan>
    </text>
  );
}
