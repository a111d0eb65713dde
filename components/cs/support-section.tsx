"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import {
  annotationMarkers,
  ChartContainer,
  ChartLegendContent,
  ChartTooltipContent,
  GRID_COLOR,
  planLines,
  seriesColor,
  type ChartConfig,
} from "@/components/charts/chart";
import { annotationsByMonth, withPlans, type PlanView } from "@/components/charts/plan";
import { ChartCard } from "@/components/charts/chart-card";
import type { DataTableColumn } from "@/components/charts/data-table";
import { deckCartesian } from "@/lib/export/deck-chart";
import { formatMonth, formatMonthShort, segmentLabel } from "@/lib/format";
import { metricDefinition } from "@/lib/metrics/catalog";
import type { CsDashboardResponse, CsMonth } from "@/lib/metrics/cs-dashboard";
import { axis, monthAxis, monthLabel } from "./chart-parts";
import { fmt, tableRows } from "./cs-format";
import { SectionHeading, StatTile } from "./stat-tile";
import { periodWindow } from "@/lib/metrics/rate-readings";
import type { CsTileTrends } from "./cs-tile-trends";

const num = (v: unknown) => (typeof v === "number" ? v : null);
const monthCategory = (r: Record<string, unknown>) => formatMonthShort(String(r.month));

const TICKETS = {
  ticket_volume: { label: "Tickets", color: "chart-2", kind: "bar" },
  fcr: { label: "FCR", color: "chart-1", kind: "line", axis: "right" },
} satisfies ChartConfig;

const SEGMENTS = {
  ticket_volume: { label: "Tickets", color: "chart-2", kind: "bar" },
  median_first_response_hours: { label: "Median first response", color: "chart-1", kind: "line", axis: "right" },
  median_resolution_hours: { label: "Median resolution", color: "chart-4", kind: "line", axis: "right" },
} satisfies ChartConfig;

const hoursConfig = (prefix: "first_response" | "resolution"): ChartConfig => ({
  [`median_${prefix}_hours`]: { label: "Median", color: "chart-1", kind: "line" },
  [`p90_${prefix}_hours`]: { label: "p90", color: "chart-6", kind: "line", dashed: true },
});
const hoursCols = (prefix: "first_response" | "resolution"): DataTableColumn[] => [
  { key: `median_${prefix}_hours`, label: "Median (h)", align: "right", format: (v) => fmt.decimal(num(v)) },
  { key: `p90_${prefix}_hours`, label: "p90 (h)", align: "right", format: (v) => fmt.decimal(num(v)) },
];

function HoursChart({
  rows,
  prefix,
  notes,
}: {
  rows: CsMonth[];
  prefix: "first_response" | "resolution";
  notes: { month: string; text: string }[];
}) {
  return (
    <ChartContainer config={hoursConfig(prefix)}>
      <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} stroke={GRID_COLOR} />
        <XAxis {...monthAxis} {...axis} />
        <YAxis {...axis} unit=" h" width={56} />
        <Tooltip content={<ChartTooltipContent formatLabel={monthLabel} formatValue={(v) => fmt.hours(num(v))} />} />
        <Legend content={<ChartLegendContent />} />
        <Line
          dataKey={`median_${prefix}_hours`}
          name="Median"
          stroke={seriesColor(`median_${prefix}_hours`)}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey={`p90_${prefix}_hours`}
          name="p90"
          stroke={seriesColor(`p90_${prefix}_hours`)}
          strokeWidth={2}
          strokeDasharray="5 3"
          dot={false}
          isAnimationActive={false}
        />
        {annotationMarkers(notes)}
      </LineChart>
    </ChartContainer>
  );
}

export function SupportSection({ cs, trends, plan }: { cs: CsDashboardResponse; trends?: CsTileTrends; plan?: PlanView }) {
  const segments = cs.segments.map((r) => ({ ...r, segment: segmentLabel(r.segment) }));
  const s = cs.support;
  const window = periodWindow(cs.months.length);
  const empty = s.ticket_volume === 0;
  const tickets = withPlans(
    cs.months,
    TICKETS,
    [{ metric: "ticket_volume", series: { label: "Tickets plan", color: "chart-7" } }],
    plan ?? { segment: null },
  );
  const notes = annotationsByMonth(plan?.annotations);
  const monthCol: DataTableColumn = { key: "month", label: "Month", format: (v) => formatMonth(String(v)) };
  return (
    <section aria-labelledby="cs-support" className="space-y-3">
      <SectionHeading id="cs-support" title="Support" />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <StatTile id="tickets" trend={trends?.["tickets"]} label="Tickets" value={fmt.count(s.ticket_volume)} note={`Created ${window}`} />
        <StatTile
          id="fcr"
          trend={trends?.["fcr"]}
          label="First-contact resolution"
          value={fmt.pct(s.fcr)}
          note={`Of tickets where it is known, ${window}`}
        />
        <StatTile
          id="first-response"
          trend={trends?.["first-response"]}
          label="Time to first response"
          value={fmt.hours(s.median_first_response_hours)}
          note={`median · p90 ${fmt.hours(s.p90_first_response_hours)}`}
        />
        <StatTile
          id="resolution"
          trend={trends?.["resolution"]}
          label="Time to resolution"
          value={fmt.hours(s.median_resolution_hours)}
          note={`median · p90 ${fmt.hours(s.p90_resolution_hours)}`}
        />
      </div>
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
        <ChartCard
          id="cs-tickets"
          title="Ticket volume and FCR by month"
          definition={`${metricDefinition("ticket_volume").short} ${metricDefinition("fcr").short}`}
          glossaryHref="/metrics#fcr"
          isEmpty={empty}
          annotations={notes}
          deck={deckCartesian(tickets.config, tableRows(tickets.rows), monthCategory, { format: "number", rightFormat: "percent" })}
          table={{
            columns: [
              monthCol,
              { key: "ticket_volume", label: "Tickets", align: "right" },
              { key: "fcr", label: "FCR", align: "right", format: (v) => fmt.pct(num(v)) },
            ],
            rows: tableRows(cs.months),
          }}
        >
          <ChartContainer config={tickets.config}>
            <ComposedChart data={tickets.rows} margin={{ top: 8, right: 4, bottom: 0, left: -16 }}>
              <CartesianGrid vertical={false} stroke={GRID_COLOR} />
              <XAxis {...monthAxis} {...axis} />
              <YAxis yAxisId="n" {...axis} allowDecimals={false} />
              <YAxis yAxisId="pct" orientation="right" domain={[0, 100]} unit="%" {...axis} width={40} />
              <Tooltip
                content={
                  <ChartTooltipContent
                    formatLabel={monthLabel}
                    formatValue={(v, key) => (key === "fcr" ? fmt.pct(num(v)) : fmt.count(num(v)))}
                  />
                }
              />
              <Legend content={<ChartLegendContent />} />
              <Bar yAxisId="n" dataKey="ticket_volume" name="Tickets" fill={seriesColor("ticket_volume")} isAnimationActive={false} />
              <Line
                yAxisId="pct"
                dataKey="fcr"
                name="FCR"
                stroke={seriesColor("fcr")}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
              {planLines(tickets.planKeys, tickets.config, "n")}
              {annotationMarkers(notes, "n")}
            </ComposedChart>
          </ChartContainer>
        </ChartCard>
        <ChartCard
          id="cs-support-segments"
          title="Support by segment"
          definition="Tickets created in the period by each segment's customers; tickets without a customer count only overall."
          glossaryHref="/metrics#ticket_volume"
          isEmpty={cs.segments.every((r) => r.ticket_volume === 0)}
          deck={deckCartesian(SEGMENTS, tableRows(segments), (r) => String(r.segment), { format: "number", rightFormat: "hours" })}
          table={{
            columns: [
              { key: "segment", label: "Segment" },
              { key: "ticket_volume", label: "Tickets", align: "right" },
              { key: "fcr", label: "FCR", align: "right", format: (v) => fmt.pct(num(v)) },
              ...hoursCols("first_response").map((c) => ({ ...c, label: `First response ${c.label}` })),
              ...hoursCols("resolution").map((c) => ({ ...c, label: `Resolution ${c.label}` })),
            ],
            rows: tableRows(segments),
          }}
        >
          <ChartContainer config={SEGMENTS}>
            <ComposedChart data={segments} margin={{ top: 8, right: 4, bottom: 0, left: -16 }}>
              <CartesianGrid vertical={false} stroke={GRID_COLOR} />
              <XAxis dataKey="segment" {...axis} interval={0} />
              <YAxis yAxisId="n" {...axis} allowDecimals={false} />
              <YAxis yAxisId="h" orientation="right" unit=" h" {...axis} width={48} />
              <Tooltip
                content={
                  <ChartTooltipContent formatValue={(v, key) => (key === "ticket_volume" ? fmt.count(num(v)) : fmt.hours(num(v)))} />
                }
              />
              <Legend content={<ChartLegendContent />} />
              <Bar
                yAxisId="n"
                dataKey="ticket_volume"
                name="Tickets"
                fill={seriesColor("ticket_volume")}
                radius={[3, 3, 0, 0]}
                isAnimationActive={false}
              />
              <Line
                yAxisId="h"
                dataKey="median_first_response_hours"
                name="Median first response"
                stroke={seriesColor("median_first_response_hours")}
                strokeWidth={2}
                isAnimationActive={false}
              />
              <Line
                yAxisId="h"
                dataKey="median_resolution_hours"
                name="Median resolution"
                stroke={seriesColor("median_resolution_hours")}
                strokeWidth={2}
                isAnimationActive={false}
              />
            </ComposedChart>
          </ChartContainer>
        </ChartCard>
        <ChartCard
          id="cs-first-response"
          title="Time to first response by month (hours)"
          definition={metricDefinition("median_first_response_hours").short}
          glossaryHref="/metrics#median_first_response_hours"
          isEmpty={empty}
          annotations={notes}
          deck={deckCartesian(hoursConfig("first_response"), tableRows(cs.months), monthCategory, { format: "hours" })}
          table={{ columns: [monthCol, ...hoursCols("first_response")], rows: tableRows(cs.months) }}
        >
          <HoursChart rows={cs.months} prefix="first_response" notes={notes} />
        </ChartCard>
        <ChartCard
          id="cs-resolution"
          title="Time to resolution by month (hours)"
          definition={metricDefinition("median_resolution_hours").short}
          glossaryHref="/metrics#median_resolution_hours"
          isEmpty={empty}
          annotations={notes}
          deck={deckCartesian(hoursConfig("resolution"), tableRows(cs.months), monthCategory, { format: "hours" })}
          table={{ columns: [monthCol, ...hoursCols("resolution")], rows: tableRows(cs.months) }}
        >
          <HoursChart rows={cs.months} prefix="resolution" notes={notes} />
        </ChartCard>
      </div>
    </section>
  );
}
