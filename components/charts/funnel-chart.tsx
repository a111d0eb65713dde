"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber, formatPercent } from "@/lib/format";
import type { FunnelStageMetrics } from "@/lib/metrics/types";
import { ChartCard } from "./chart-card";
import { AXIS_TICK, percent, TOOLTIP_STYLE } from "./chart-format";
import { useThemeColors } from "./theme-colors";

const stageLabel = (stage: string) => stage.charAt(0).toUpperCase() + stage.slice(1).replace("_", " ");

/** Customers of the period's funnel cohort who reached each stage, with the conversion from the stage before. */
export function FunnelChart({ funnel }: { funnel: FunnelStageMetrics[] }) {
  const colors = useThemeColors();
  const rows = funnel
    .filter((s) => s.stage !== "churn")
    .map((s) => ({
      stage: stageLabel(s.stage),
      reached: s.reached,
      conversion: s.conversion,
      label: s.conversion === null ? formatNumber(s.reached) : `${formatNumber(s.reached)} · ${formatPercent(s.conversion, 0)}`,
    }));
  const churned = funnel.find((s) => s.stage === "churn")?.reached ?? 0;
  return (
    <ChartCard
      id="lifecycle-funnel"
      title="Lifecycle funnel of the period's new customers"
      definition={`Customers whose first lifecycle event is in the period that reached each stage, and conversion from the stage before. ${formatNumber(churned)} of them have churned.`}
      glossaryHref="/metrics#funnel_conversion"
      isEmpty={rows.every((r) => r.reached === 0)}
      emptyMessage="No lifecycle events start in this period."
      table={{
        columns: [
          { key: "stage", label: "Stage" },
          { key: "reached", label: "Reached", align: "right" },
          { key: "conversion", label: "Conversion", format: percent, align: "right" },
        ],
        rows,
      }}
    >
      <BarChart responsive style={{ width: "100%", height: "100%" }} data={rows} layout="vertical" margin={{ top: 4, right: 96, bottom: 0, left: 4 }}>
        <CartesianGrid horizontal={false} stroke={colors["chart-grid"]} />
        <XAxis type="number" tick={AXIS_TICK} stroke={colors["chart-axis"]} allowDecimals={false} />
        <YAxis type="category" dataKey="stage" tick={AXIS_TICK} stroke={colors["chart-axis"]} width={124} interval={0} />
        <Tooltip
          formatter={(value, _name, item) => {
            const c = (item.payload as { conversion: number | null }).conversion;
            return [`${formatNumber(Number(value))}${c === null ? "" : ` (${formatPercent(c, 1)} of the stage before)`}`, "Reached"];
          }}
          contentStyle={TOOLTIP_STYLE}
          cursor={{ fill: colors["chart-grid"], fillOpacity: 0.4 }}
        />
        <Bar dataKey="reached" name="Reached" fill={colors["chart-1"]} isAnimationActive={false} barSize={18}>
          <LabelList dataKey="label" position="right" style={{ fontSize: 11, fill: colors["chart-axis"] }} />
        </Bar>
      </BarChart>
    </ChartCard>
  );
}
