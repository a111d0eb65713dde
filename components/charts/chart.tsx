"use client";

import { createContext, useContext, type CSSProperties, type ReactElement, type ReactNode } from "react";
import {
  AnimationControllerProvider,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  type LegendPayload,
  type TooltipContentProps,
} from "recharts";
import { instantAnimation } from "./instant-animation";
import { themeVar, type ThemeColorName } from "./theme-colors";

export interface ChartSeriesConfig {
  label: string;
  color: ThemeColorName;
  /** How the series is drawn; the deck draws it the same way. */
  kind?: "bar" | "line";
  /** The right-hand value axis. */
  axis?: "right";
  /** A dashed line (legend and deck show it dashed too). */
  dashed?: boolean;
}

/** One entry per series (dataKey): its label, theme colour and mark; drives fills, tooltip, legend and the deck. */
export type ChartConfig = Record<string, ChartSeriesConfig>;

const ChartContext = createContext<ChartConfig | null>(null);

/** The size a chart will have where it is drawn off-screen (the export frame), so its first render is its last. */
export const ChartSizeContext = createContext<{ width: number; height: number } | null>(null);
const SCREEN_FIRST_SIZE = { width: 600, height: 280 };

/** The CSS colour of a series: `var(--color-<key>)`, set by ChartContainer from the config. */
export const seriesColor = (key: string) => `var(--color-${key})`;

/** Grid lines, axis lines and tick labels, from the theme. */
export const GRID_COLOR = themeVar("chart-grid");
export const AXIS_COLOR = themeVar("chart-axis");
export const axisStyle = { stroke: AXIS_COLOR, tick: { fill: AXIS_COLOR, fontSize: 11 }, tickLine: false } as const;

/**
 * Every chart sits in one of these: the config's colours become CSS variables for its series,
 * animations are off (a capture never catches a half-drawn bar), and the chart fills its box.
 */
export function ChartContainer({ config, children, className }: { config: ChartConfig; children: ReactElement; className?: string }) {
  const size = useContext(ChartSizeContext) ?? SCREEN_FIRST_SIZE;
  const style = Object.fromEntries(Object.entries(config).map(([key, c]) => [`--color-${key}`, themeVar(c.color)])) as CSSProperties;
  return (
    <ChartContext.Provider value={config}>
      <div data-chart className={`h-full w-full text-xs ${className ?? ""}`} style={style}>
        <AnimationControllerProvider value={instantAnimation}>
          <ResponsiveContainer width="100%" height="100%" initialDimension={size}>
            {children}
          </ResponsiveContainer>
        </AnimationControllerProvider>
      </div>
    </ChartContext.Provider>
  );
}

function useChartConfig(): ChartConfig {
  return useContext(ChartContext) ?? {};
}

function Swatch({ entry, line }: { entry: ChartSeriesConfig | undefined; line: boolean }) {
  const color = entry ? themeVar(entry.color) : AXIS_COLOR;
  if (line) {
    return (
      <svg aria-hidden="true" width="14" height="8" className="shrink-0">
        <line x1="0" y1="4" x2="14" y2="4" stroke={color} strokeWidth="2.5" strokeDasharray={entry?.dashed ? "3 2" : undefined} />
      </svg>
    );
  }
  return <span aria-hidden="true" className="inline-block h-2 w-2 shrink-0 rounded-[2px]" style={{ background: color }} />;
}

type Formatter = (value: unknown, key: string) => string;

/** Tooltip body: the label, then each series' swatch, config label and formatted value. */
export function ChartTooltipContent({
  active,
  payload,
  label,
  formatValue,
  formatLabel,
}: Partial<TooltipContentProps<number | string | readonly (number | string)[], string>> & {
  formatValue?: Formatter;
  formatLabel?: (label: unknown, payload: Record<string, unknown>) => ReactNode;
}) {
  const config = useChartConfig();
  if (!active || !payload?.length) return null;
  const row = (payload[0]?.payload ?? {}) as Record<string, unknown>;
  return (
    <div className="min-w-32 rounded-md border border-slate-200 bg-white px-2.5 py-1.5 text-xs shadow-md">
      <p className="mb-1 font-semibold text-slate-900">{formatLabel ? formatLabel(label, row) : String(label ?? "")}</p>
      <ul className="space-y-0.5">
        {payload.map((item) => {
          const key = String(item.dataKey ?? item.name ?? "");
          const entry = config[key];
          const raw = Array.isArray(item.value) ? Number(item.value[1]) - Number(item.value[0]) : item.value;
          return (
            <li key={key} className="flex items-center gap-1.5">
              <Swatch entry={entry} line={entry?.kind === "line"} />
              <span className="text-slate-600">{entry?.label ?? item.name}</span>
              <span className="ml-auto pl-3 font-medium tabular-nums text-slate-900">
                {formatValue ? formatValue(raw, key) : String(raw ?? "—")}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Legend from the config, in config order; lines show their dash. */
export function ChartLegendContent({ payload }: { payload?: readonly LegendPayload[] }) {
  const config = useChartConfig();
  const shown = new Set((payload ?? []).map((p) => String(p.dataKey ?? "")));
  const keys = Object.keys(config).filter((k) => shown.has(k));
  return (
    <ul className="flex flex-wrap items-center justify-center gap-x-3 gap-y-1 pt-1 text-xs text-slate-600">
      {keys.map((key) => (
        <li key={key} className="flex items-center gap-1">
          <Swatch entry={config[key]} line={config[key].kind === "line"} />
          {config[key].label}
        </li>
      ))}
    </ul>
  );
}

/** Dashed plan lines for the keys withPlans added (called, not rendered as a component, so Recharts sees the lines). */
export function planLines(keys: readonly string[], config: ChartConfig, yAxisId?: string) {
  return keys.map((key) => (
    <Line
      key={key}
      yAxisId={yAxisId}
      dataKey={key}
      name={config[key]?.label ?? key}
      stroke={seriesColor(key)}
      strokeWidth={1.75}
      strokeDasharray="6 4"
      dot={false}
      connectNulls
      isAnimationActive={false}
      className="keel-plan-line"
    />
  ));
}

const shortLabel = (text: string) => (text.length > 22 ? `${text.slice(0, 21)}…` : text);

/** A marker per month with annotations: a dotted vertical line labelled with what happened. */
export function annotationMarkers(marks: readonly { month: string; text: string }[], yAxisId?: string) {
  return marks.map((m) => (
    <ReferenceLine
      key={`note-${m.month}`}
      x={m.month}
      yAxisId={yAxisId}
      stroke={AXIS_COLOR}
      strokeDasharray="2 3"
      className="keel-annotation"
      label={{ value: `▾ ${shortLabel(m.text)}`, position: "insideTopLeft", fontSize: 10, fill: AXIS_COLOR }}
    />
  ));
}
