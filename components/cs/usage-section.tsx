"use client";

import { Bar, BarChart, CartesianGrid, ComposedChart, LabelList, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import {
  AXIS_COLOR,
  ChartContainer,
  ChartLegendContent,
  ChartTooltipContent,
  GRID_COLOR,
  seriesColor,
  type ChartConfig,
} from "@/components/charts/chart";
import { ChartCard } from "@/components/charts/chart-card";
import { deckCartesian } from "@/lib/export/deck-chart";
import { formatMoney, segmentLabel } from "@/lib/format";
import { metricDefinition } from "@/lib/metrics/catalog";
import type { CsDashboardResponse } from "@/lib/metrics/cs-dashboard";
import type { MetricsResponse } from "@/lib/metrics/types";
import { axis } from "./chart-parts";
import { asNumber, fmt, tableRows } from "./cs-format";
import { SectionHeading, StatTile } from "./stat-tile";

const LATEST_NOTE =
  "Each customer counts once, with its latest usage month inside the period; adoption pools active users over licensed seats of customers that give seats.";

const ADOPTION = {
  adoption: { label: "Adoption", color: "chart-3", kind: "bar" },
  avg_session_minutes: { label: "Minutes per session", color: "chart-1", kind: "line", axis: "right" },
} satisfies ChartConfig;

const CSM_LOAD = { arr: { label: "ARR", color: "chart-1", kind: "bar" } } satisfies ChartConfig;

export function UsageSection({ metrics, cs }: { metrics: MetricsResponse; cs: CsDashboardResponse }) {
  const u = cs.usage;
  const segments = cs.segments.map((s) => ({ segment: segmentLabel(s.segment), ...s.usage }));
  const csmHeight = Math.max(220, 40 + metrics.csms.length * 28);
  return (
    <section aria-labelledby="cs-usage" className="space-y-3">
      <SectionHeading id="cs-usage" title="Product usage and CSM load" />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <StatTile
          id="adoption"
          label="Adoption (active users / seats)"
          value={fmt.pct(u.adoption)}
          note={`${fmt.count(u.active_users)} users · ${fmt.count(u.licensed_seats)} seats`}
        />
        <StatTile id="sessions" label="Sessions per customer" value={fmt.count(u.avg_sessions)} note="In its latest month" />
        <StatTile
          id="session-minutes"
          label="Average session"
          value={u.avg_session_minutes === null ? "—" : `${fmt.decimal(u.avg_session_minutes)} min`}
        />
        <StatTile
          id="features"
          label="Features used"
          value={fmt.decimal(u.avg_features_used)}
          note={`${fmt.count(u.customers)} customers with usage`}
        />
      </div>
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
        <ChartCard
          id="cs-adoption-segments"
          title="Adoption and engagement by segment"
          definition={`Adoption = active users / licensed seats. ${LATEST_NOTE}`}
          glossaryHref="/metrics#active_users_per_seat"
          isEmpty={segments.every((s) => s.customers === 0)}
          deck={deckCartesian(ADOPTION, tableRows(segments), (r) => String(r.segment), { format: "percent", rightFormat: "decimal" })}
          table={{
            columns: [
              { key: "segment", label: "Segment" },
              { key: "customers", label: "Customers", align: "right" },
              { key: "adoption", label: "Adoption", align: "right", format: (v) => fmt.pct(asNumber(v)) },
              { key: "avg_sessions", label: "Sessions", align: "right", format: (v) => fmt.count(asNumber(v)) },
              { key: "avg_session_minutes", label: "Minutes / session", align: "right", format: (v) => fmt.decimal(asNumber(v)) },
              { key: "avg_features_used", label: "Features", align: "right", format: (v) => fmt.decimal(asNumber(v)) },
            ],
            rows: tableRows(segments),
          }}
        >
          <ChartContainer config={ADOPTION}>
            <ComposedChart data={segments} margin={{ top: 8, right: 4, bottom: 0, left: 0 }}>
              <CartesianGrid vertical={false} stroke={GRID_COLOR} />
              <XAxis dataKey="segment" {...axis} interval={0} />
              <YAxis yAxisId="pct" domain={[0, 100]} unit="%" {...axis} width={52} />
              <YAxis yAxisId="min" orientation="right" unit=" min" {...axis} width={56} />
              <Tooltip
                content={
                  <ChartTooltipContent
                    formatValue={(v, key) => (key === "adoption" ? fmt.pct(asNumber(v)) : `${fmt.decimal(asNumber(v))} min`)}
                  />
                }
              />
              <Legend content={<ChartLegendContent />} />
              <Bar
                yAxisId="pct"
                dataKey="adoption"
                name="Adoption"
                fill={seriesColor("adoption")}
                radius={[3, 3, 0, 0]}
                isAnimationActive={false}
              />
              <Line
                yAxisId="min"
                dataKey="avg_session_minutes"
                name="Minutes per session"
                stroke={seriesColor("avg_session_minutes")}
                strokeWidth={2}
                isAnimationActive={false}
              />
            </ComposedChart>
          </ChartContainer>
        </ChartCard>
        <ChartCard
          id="cs-csm-load"
          title="Loaded ARR per CSM"
          definition={metricDefinition("loaded_arr_per_csm").short}
          glossaryHref="/metrics#loaded_arr_per_csm"
          isEmpty={metrics.csms.length === 0}
          emptyMessage="No active customer has a CSM in this view."
          height={csmHeight}
          deck={deckCartesian(CSM_LOAD, tableRows(metrics.csms), (r) => String(r.csm), { format: "money", horizontal: true })}
          table={{
            columns: [
              { key: "csm", label: "CSM" },
              { key: "arr", label: "ARR", align: "right", format: (v) => fmt.moneyFull(asNumber(v)) },
              { key: "customers", label: "Customers", align: "right" },
            ],
            rows: tableRows(metrics.csms),
          }}
        >
          <ChartContainer config={CSM_LOAD}>
            <BarChart data={metrics.csms} layout="vertical" margin={{ top: 4, right: 88, bottom: 4, left: 4 }}>
              <CartesianGrid horizontal={false} stroke={GRID_COLOR} />
              <XAxis type="number" {...axis} tickFormatter={(v: number) => formatMoney(v, { compact: true })} />
              <YAxis type="category" dataKey="csm" width={128} {...axis} />
              <Tooltip
                content={
                  <ChartTooltipContent
                    formatValue={(v) => fmt.moneyFull(asNumber(v))}
                    formatLabel={(label, row) => `${String(label)} · ${fmt.count(asNumber(row.customers))} customers`}
                  />
                }
              />
              <Bar dataKey="arr" name="ARR" fill={seriesColor("arr")} radius={[0, 3, 3, 0]} isAnimationActive={false}>
                <LabelList
                  dataKey="customers"
                  position="right"
                  fontSize={11}
                  fill={AXIS_COLOR}
                  formatter={(v: unknown) => `${fmt.count(asNumber(v))} cust.`}
                />
              </Bar>
            </BarChart>
          </ChartContainer>
        </ChartCard>
      </div>
    </section>
  );
}
