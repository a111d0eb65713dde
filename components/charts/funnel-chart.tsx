"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber, formatPercent } from "@/lib/format";
import type { FunnelStageMetrics } from "@/lib/metrics/types";
import { deckCartesian } from "@/lib/export/deck-chart";
import { AXIS_COLOR, axisStyle, ChartContainer, ChartTooltipContent, GRID_COLOR, seriesColor, type ChartConfig } from "./chart";
import { ChartCard } from "./chart-card";
import { percent } from "./chart-format";

const CONFIG = { reached: { label: "Reached", color: "chart-1", kind: "bar" } } satisfies ChartConfig;

const stageLabel = (stage: string) => stage.charAt(0).toUpperCase() + stage.slice(1).replace("_", " ");

/** Customers of the period's funnel cohort who reached each stage, with the conversion from the stage before. */
export function FunnelChart({ funnel }: { funnel: FunnelStageMetrics[] }) {
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
      deck={deckCartesian(CONFIG, rows, (r) => String(r.stage), { format: "number", horizontal: true })}
      table={{
        columns: [
          { key: "stage", label: "Stage" },
          { key: "reached", label: "Reached", align: "right" },
          { key: "conversion", label: "Conversion", format: percent, align: "right" },
        ],
        rows,
      }}
    >
      <ChartContainer config={CONFIG}>
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 96, bottom: 0, left: 4 }}>
          <CartesianGrid horizontal={false} stroke={GRID_COLOR} />
          <XAxis type="number" {...axisStyle} allowDecimals={false} />
          <YAxis type="category" dataKey="stage" {...axisStyle} width={124} interval={0} />
          <Tooltip
            content={
              <ChartTooltipContent
                formatValue={(value) => formatNumber(Number(value))}
                formatLabel={(label, row) =>
                  `${String(label)}${row.conversion == null ? "" : ` · ${formatPercent(row.conversion as number, 1)} of the stage before`}`
                }
              />
            }
            cursor={{ fill: GRID_COLOR, fillOpacity: 0.4 }}
          />
          <Bar dataKey="reached" name="Reached" fill={seriesColor("reached")} isAnimationActive={false} barSize={18}>
            <LabelList dataKey="label" position="right" style={{ fontSize: 11, fill: AXIS_COLOR }} />
          </Bar>
        </BarChart>
      </ChartContainer>
    </ChartCard>
  );
}
