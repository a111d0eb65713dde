"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard } from "@/components/charts/chart-card";
import { useThemeColors, type ThemeColors } from "@/components/charts/theme-colors";
import type { DataTableColumn } from "@/components/charts/data-table";
import { formatMonth } from "@/lib/format";
import { metricDefinition } from "@/lib/metrics/catalog";
import type { CsDashboardResponse, CsMonth } from "@/lib/metrics/cs-dashboard";
import { axisProps, legendProps, monthAxis, tooltipProps } from "./chart-parts";
import { fmt, tableRows } from "./cs-format";
import { SectionHeading, StatTile } from "./stat-tile";
import type { CsTileTrends } from "./cs-tile-trends";

const num = (v: unknown) => (typeof v === "number" ? v : null);
const monthLabel = (m: unknown) => formatMonth(String(m));
const hoursCols = (prefix: "first_response" | "resolution"): DataTableColumn[] => [
  { key: `median_${prefix}_hours`, label: "Median (h)", align: "right", format: (v) => fmt.decimal(num(v)) },
  { key: `p90_${prefix}_hours`, label: "p90 (h)", align: "right", format: (v) => fmt.decimal(num(v)) },
];

function HoursChart({ rows, prefix, colors }: { rows: CsMonth[]; prefix: "first_response" | "resolution"; colors: ThemeColors }) {
  const axis = axisProps(colors);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} stroke={colors["chart-grid"]} />
        <XAxis {...monthAxis} {...axis} />
        <YAxis {...axis} unit=" h" width={56} />
        <Tooltip {...tooltipProps} labelFormatter={monthLabel} formatter={(v) => fmt.hours(num(v))} />
        <Legend {...legendProps} />
        <Line dataKey={`median_${prefix}_hours`} name="Median" stroke={colors["chart-1"]} strokeWidth={2} dot={false} />
        <Line dataKey={`p90_${prefix}_hours`} name="p90" stroke={colors["chart-6"]} strokeWidth={2} strokeDasharray="5 3" dot={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}

export function SupportSection({ cs, trends }: { cs: CsDashboardResponse; trends?: CsTileTrends }) {
  const colors = useThemeColors();
  const axis = axisProps(colors);
  const s = cs.support;
  const empty = s.ticket_volume === 0;
  const monthCol: DataTableColumn = { key: "month", label: "Month", format: (v) => formatMonth(String(v)) };
  return (
    <section aria-labelledby="cs-support" className="space-y-3">
      <SectionHeading id="cs-support" title="Support" />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <StatTile id="tickets" trend={trends?.["tickets"]} label="Tickets" value={fmt.count(s.ticket_volume)} note="Created in the period" />
        <StatTile id="fcr" trend={trends?.["fcr"]} label="First-contact resolution" value={fmt.pct(s.fcr)} note="Of tickets where it is known" />
        <StatTile id="first-response" trend={trends?.["first-response"]} label="Time to first response" value={fmt.hours(s.median_first_response_hours)} note={`median · p90 ${fmt.hours(s.p90_first_response_hours)}`} />
        <StatTile id="resolution" trend={trends?.["resolution"]} label="Time to resolution" value={fmt.hours(s.median_resolution_hours)} note={`median · p90 ${fmt.hours(s.p90_resolution_hours)}`} />
      </div>
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
        <ChartCard
          id="cs-tickets"
          title="Ticket volume and FCR by month"
          definition={`${metricDefinition("ticket_volume").short} ${metricDefinition("fcr").short}`}
          glossaryHref="/metrics#fcr"
          isEmpty={empty}
          table={{
            columns: [
              monthCol,
              { key: "ticket_volume", label: "Tickets", align: "right" },
              { key: "fcr", label: "FCR", align: "right", format: (v) => fmt.pct(num(v)) },
            ],
            rows: tableRows(cs.months),
          }}
        >
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart data={cs.months} margin={{ top: 8, right: 4, bottom: 0, left: -16 }}>
              <CartesianGrid vertical={false} stroke={colors["chart-grid"]} />
              <XAxis {...monthAxis} {...axis} />
              <YAxis yAxisId="n" {...axis} allowDecimals={false} />
              <YAxis yAxisId="pct" orientation="right" domain={[0, 100]} unit="%" {...axis} width={40} />
              <Tooltip {...tooltipProps} labelFormatter={monthLabel} formatter={(v, name) => (name === "FCR" ? fmt.pct(num(v)) : fmt.count(num(v)))} />
              <Legend {...legendProps} />
              <Bar yAxisId="n" dataKey="ticket_volume" name="Tickets" fill={colors["chart-2"]} />
              <Line yAxisId="pct" dataKey="fcr" name="FCR" stroke={colors["chart-1"]} strokeWidth={2} dot={false} />
            </ComposedChart>
          </ResponsiveContainer>
        </ChartCard>
        <ChartCard
          id="cs-support-segments"
          title="Support by segment"
          definition="Tickets created in the period by each segment's customers; tickets without a customer count only overall."
          glossaryHref="/metrics#ticket_volume"
          isEmpty={cs.segments.every((r) => r.ticket_volume === 0)}
          table={{
            columns: [
              { key: "segment", label: "Segment" },
              { key: "ticket_volume", label: "Tickets", align: "right" },
              { key: "fcr", label: "FCR", align: "right", format: (v) => fmt.pct(num(v)) },
              ...hoursCols("first_response").map((c) => ({ ...c, label: `First response ${c.label}` })),
              ...hoursCols("resolution").map((c) => ({ ...c, label: `Resolution ${c.label}` })),
            ],
            rows: tableRows(cs.segments),
          }}
        >
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart data={cs.segments} margin={{ top: 8, right: 4, bottom: 0, left: -16 }}>
              <CartesianGrid vertical={false} stroke={colors["chart-grid"]} />
              <XAxis dataKey="segment" {...axis} interval={0} />
              <YAxis yAxisId="n" {...axis} allowDecimals={false} />
              <YAxis yAxisId="h" orientation="right" unit=" h" {...axis} width={48} />
              <Tooltip {...tooltipProps} formatter={(v, name) => (name === "Tickets" ? fmt.count(num(v)) : fmt.hours(num(v)))} />
              <Legend {...legendProps} />
              <Bar yAxisId="n" dataKey="ticket_volume" name="Tickets" fill={colors["chart-2"]} radius={[3, 3, 0, 0]} />
              <Line yAxisId="h" dataKey="median_first_response_hours" name="Median first response" stroke={colors["chart-1"]} strokeWidth={2} />
              <Line yAxisId="h" dataKey="median_resolution_hours" name="Median resolution" stroke={colors["chart-4"]} strokeWidth={2} />
            </ComposedChart>
          </ResponsiveContainer>
        </ChartCard>
        <ChartCard
          id="cs-first-response"
          title="Time to first response by month (hours)"
          definition={metricDefinition("median_first_response_hours").short}
          glossaryHref="/metrics#median_first_response_hours"
          isEmpty={empty}
          table={{ columns: [monthCol, ...hoursCols("first_response")], rows: tableRows(cs.months) }}
        >
          <HoursChart rows={cs.months} prefix="first_response" colors={colors} />
        </ChartCard>
        <ChartCard
          id="cs-resolution"
          title="Time to resolution by month (hours)"
          definition={metricDefinition("median_resolution_hours").short}
          glossaryHref="/metrics#median_resolution_hours"
          isEmpty={empty}
          table={{ columns: [monthCol, ...hoursCols("resolution")], rows: tableRows(cs.months) }}
        >
          <HoursChart rows={cs.months} prefix="resolution" colors={colors} />
        </ChartCard>
      </div>
    </section>
  );
}
