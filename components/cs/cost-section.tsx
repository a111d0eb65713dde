"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import {
  annotationMarkers,
  AXIS_COLOR,
  ChartContainer,
  ChartLegendContent,
  ChartTooltipContent,
  GRID_COLOR,
  planLines,
  seriesColor,
  type ChartConfig,
} from "@/components/charts/chart";
import { annotationsByMonth, planViewOf, withPlans } from "@/components/charts/plan";
import { ChartCard } from "@/components/charts/chart-card";
import { deckCartesian } from "@/lib/export/deck-chart";
import { formatMoney, formatMonth, formatMonthShort, segmentLabel } from "@/lib/format";
import { metricDefinition } from "@/lib/metrics/catalog";
import type { MetricsResponse } from "@/lib/metrics/types";
import { axis, monthAxis, monthLabel, tip } from "./chart-parts";
import { asNumber, fmt, tableRows } from "./cs-format";
import { SectionHeading, StatTile } from "./stat-tile";
import { periodWindow } from "@/lib/metrics/rate-readings";
import type { CsTileTrends } from "./cs-tile-trends";

const compact = (v: number) => formatMoney(v, { compact: true });

const SEGMENTS = {
  revenue: { label: "Revenue", color: "chart-1", kind: "bar" },
  cost_to_serve: { label: "Cost to serve", color: "chart-4", kind: "bar" },
  margin: { label: "Margin", color: "chart-3", kind: "bar" },
} satisfies ChartConfig;

const RATIO = { cost_to_carry_ratio: { label: "Cost-to-carry ratio", color: "chart-5", kind: "line" } } satisfies ChartConfig;

export function CostSection({ metrics, trends }: { metrics: MetricsResponse; trends?: CsTileTrends }) {
  const segments = metrics.segments.map((r) => ({ ...r, segment: segmentLabel(r.segment) }));
  const s = metrics.summary;
  const ratio = withPlans(
    metrics.months,
    RATIO,
    [{ metric: "cost_to_carry_ratio", series: { label: "Plan", color: "chart-5" } }],
    planViewOf(metrics),
  );
  const notes = annotationsByMonth(metrics.annotations);
  return (
    <section aria-labelledby="cs-cost" className="space-y-3">
      <SectionHeading id="cs-cost" title="Cost to carry" />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-5">
        <StatTile
          id="cost-to-serve"
          trend={trends?.["cost-to-serve"]}
          label="Cost to serve"
          value={fmt.money(s.cost_to_serve)}
          note="CS, support and product"
        />
        <StatTile id="revenue" trend={trends?.["revenue"]} label="Revenue" value={fmt.money(s.revenue)} note="Sum of monthly MRR" />
        <StatTile
          id="cost-to-carry-ratio"
          trend={trends?.["cost-to-carry-ratio"]}
          label="Cost-to-carry ratio"
          value={fmt.pct(s.cost_to_carry_ratio)}
          note={`${periodWindow(metrics.months.length)} · lower is better`}
        />
        <StatTile
          id="cost-per-customer"
          trend={trends?.["cost-per-customer"]}
          label="Cost to serve per customer"
          value={fmt.moneyFull(s.cost_to_serve_per_customer)}
          note="Per customer-month"
        />
        <StatTile
          id="crc"
          trend={trends?.["crc"]}
          label="Customer retention cost"
          value={fmt.moneyFull(s.customer_retention_cost)}
          note="CS + support per customer-month"
        />
      </div>
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
        <ChartCard
          id="cs-cost-segments"
          title="Revenue, cost to serve and margin by segment"
          definition={`${metricDefinition("margin").short} ${metricDefinition("cost_to_carry_ratio").short}`}
          glossaryHref="/metrics#cost_to_carry_ratio"
          isEmpty={metrics.segments.length === 0}
          deck={deckCartesian(SEGMENTS, tableRows(segments), (r) => String(r.segment), { format: "money" })}
          table={{
            columns: [
              { key: "segment", label: "Segment" },
              { key: "revenue", label: "Revenue", align: "right", format: (v) => fmt.moneyFull(asNumber(v)) },
              { key: "cost_to_serve", label: "Cost to serve", align: "right", format: (v) => fmt.moneyFull(asNumber(v)) },
              { key: "cost_to_carry_ratio", label: "Ratio", align: "right", format: (v) => fmt.pct(asNumber(v)) },
              { key: "cost_to_serve_per_customer", label: "Per customer-month", align: "right", format: (v) => fmt.moneyFull(asNumber(v)) },
              { key: "margin", label: "Margin", align: "right", format: (v) => fmt.moneyFull(asNumber(v)) },
            ],
            rows: tableRows(segments),
          }}
        >
          <ChartContainer config={SEGMENTS}>
            <BarChart data={segments} margin={{ top: 8, right: 4, bottom: 0, left: 0 }}>
              <CartesianGrid vertical={false} stroke={GRID_COLOR} />
              <XAxis dataKey="segment" {...axis} interval={0} />
              <YAxis {...axis} tickFormatter={compact} width={56} />
              <ReferenceLine y={0} stroke={AXIS_COLOR} />
              <Tooltip
                content={
                  <ChartTooltipContent
                    formatValue={tip(fmt.moneyFull)}
                    formatLabel={(label, row) => `${String(label)} · ratio ${fmt.pct(asNumber(row.cost_to_carry_ratio))}`}
                  />
                }
              />
              <Legend content={<ChartLegendContent />} />
              <Bar dataKey="revenue" name="Revenue" fill={seriesColor("revenue")} isAnimationActive={false} />
              <Bar dataKey="cost_to_serve" name="Cost to serve" fill={seriesColor("cost_to_serve")} isAnimationActive={false} />
              <Bar dataKey="margin" name="Margin" fill={seriesColor("margin")} isAnimationActive={false} />
            </BarChart>
          </ChartContainer>
        </ChartCard>
        <ChartCard
          id="cs-cost-ratio"
          title="Cost-to-carry ratio by month"
          definition={`${metricDefinition("cost_to_carry_ratio").short} Each month uses that month's MRR as revenue.`}
          glossaryHref="/metrics#cost_to_carry_ratio"
          isEmpty={metrics.months.every((m) => m.cost_to_carry_ratio === null)}
          annotations={notes}
          deck={deckCartesian(ratio.config, tableRows(ratio.rows), (r) => formatMonthShort(String(r.month)), { format: "percent" })}
          table={{
            columns: [
              { key: "month", label: "Month", format: (v) => formatMonth(String(v)) },
              { key: "cost_to_serve", label: "Cost to serve", align: "right", format: (v) => fmt.moneyFull(asNumber(v)) },
              { key: "mrr", label: "MRR", align: "right", format: (v) => fmt.moneyFull(asNumber(v)) },
              { key: "cost_to_carry_ratio", label: "Ratio", align: "right", format: (v) => fmt.pct(asNumber(v)) },
            ],
            rows: tableRows(metrics.months),
          }}
        >
          <ChartContainer config={ratio.config}>
            <LineChart data={ratio.rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
              <CartesianGrid vertical={false} stroke={GRID_COLOR} />
              <XAxis {...monthAxis} {...axis} />
              <YAxis {...axis} unit="%" domain={[0, "auto"]} width={52} />
              <Tooltip content={<ChartTooltipContent formatLabel={monthLabel} formatValue={tip(fmt.pct)} />} />
              <Line
                dataKey="cost_to_carry_ratio"
                name="Cost-to-carry ratio"
                stroke={seriesColor("cost_to_carry_ratio")}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
              {planLines(ratio.planKeys, ratio.config)}
              {annotationMarkers(notes)}
              {ratio.planKeys.length > 0 && <Legend content={<ChartLegendContent />} />}
            </LineChart>
          </ChartContainer>
        </ChartCard>
      </div>
    </section>
  );
}
