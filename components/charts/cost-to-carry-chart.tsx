"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { customersHref } from "@/components/drilldown/customers-href";
import { formatPercent, segmentLabel } from "@/lib/format";
import type { SegmentMetrics } from "@/lib/metrics/types";
import { deckCartesian } from "@/lib/export/deck-chart";
import { AXIS_COLOR, axisStyle, ChartContainer, ChartTooltipContent, GRID_COLOR, seriesColor, type ChartConfig } from "./chart";
import { ChartCard } from "./chart-card";
import { money, percent } from "./chart-format";

const CONFIG = { ratio: { label: "Cost to carry", color: "chart-4", kind: "bar" } } satisfies ChartConfig;

/** Cost to serve ÷ revenue per segment, with the overall ratio as a line; a bar drills to the segment's active customers. */
export function CostToCarryChart(props: { segments: SegmentMetrics[]; overall: number | null; drillBase: string }) {
  const router = useRouter();
  const rows = props.segments.map((s) => ({
    segment: s.segment,
    name: segmentLabel(s.segment),
    ratio: s.cost_to_carry_ratio,
    cost: s.cost_to_serve,
    revenue: s.revenue,
    label: formatPercent(s.cost_to_carry_ratio, 1),
  }));
  const drill = (segment: string) => customersHref(props.drillBase, { segment, status: "active" });
  return (
    <ChartCard
      id="cost-to-carry"
      title="Cost to carry by segment"
      definition="Cost to serve (customer success, support, product) ÷ the segment's revenue over the period × 100. Lower is better; the line is the overall ratio."
      glossaryHref="/metrics#cost_to_carry_ratio"
      isEmpty={rows.every((r) => r.ratio === null)}
      emptyMessage="No costs or revenue in this period."
      hint="Click a bar for the segment's customers."
      deck={deckCartesian(CONFIG, rows, (r) => String(r.name), { format: "percent" })}
      table={{
        columns: [
          { key: "name", label: "Segment", href: (row) => drill(String(row.segment)) },
          { key: "ratio", label: "Cost to carry", format: percent, align: "right" },
          { key: "cost", label: "Cost to serve", format: money, align: "right" },
          { key: "revenue", label: "Revenue", format: money, align: "right" },
        ],
        rows,
      }}
    >
      <ChartContainer config={CONFIG}>
        <BarChart data={rows} margin={{ top: 20, right: 8, bottom: 0, left: 4 }}>
          <CartesianGrid vertical={false} stroke={GRID_COLOR} />
          <XAxis dataKey="name" {...axisStyle} interval={0} />
          <YAxis tickFormatter={(v: number) => `${v}%`} {...axisStyle} width={44} />
          {props.overall !== null && (
            <ReferenceLine
              y={props.overall}
              stroke={AXIS_COLOR}
              strokeDasharray="4 3"
              label={{ value: `Overall ${formatPercent(props.overall, 1)}`, position: "insideTopRight", fontSize: 11, fill: AXIS_COLOR }}
            />
          )}
          <Tooltip content={<ChartTooltipContent formatValue={percent} />} cursor={{ fill: GRID_COLOR, fillOpacity: 0.4 }} />
          <Bar
            dataKey="ratio"
            name={CONFIG.ratio.label}
            fill={seriesColor("ratio")}
            cursor="pointer"
            maxBarSize={64}
            isAnimationActive={false}
            onClick={(item) => router.push(drill(String((item.payload as { segment: string }).segment)))}
          >
            <LabelList dataKey="label" position="top" style={{ fontSize: 11, fill: AXIS_COLOR }} />
          </Bar>
        </BarChart>
      </ChartContainer>
    </ChartCard>
  );
}
