"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
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
import { zeroBasedTicks } from "@/components/charts/chart-format";
import { customersHref } from "@/components/drilldown/customers-href";
import { viewQueryString } from "@/lib/api/metrics-query";
import { deckCartesian } from "@/lib/export/deck-chart";
import { formatMonth, formatMonthShort, segmentLabel } from "@/lib/format";
import { metricDefinition } from "@/lib/metrics/catalog";
import type { CsDashboardResponse } from "@/lib/metrics/cs-dashboard";
import type { MetricsResponse } from "@/lib/metrics/types";
import { axis, monthAxis, monthLabel, tip } from "./chart-parts";
import { fmt, tableRows } from "./cs-format";
import { CommentsList } from "./comments-list";
import { SectionHeading, StatTile } from "./stat-tile";
import { periodWindow } from "@/lib/metrics/rate-readings";
import type { CsTileTrends } from "./cs-tile-trends";

interface Props {
  metrics: MetricsResponse;
  cs: CsDashboardResponse;
  qs: string;
  trends?: CsTileTrends;
}

const monthCategory = (r: Record<string, unknown>) => formatMonthShort(String(r.month));
const num = (v: unknown) => (typeof v === "number" ? v : null);

const NPS_MONTHS = {
  promoters: { label: "Promoters", color: "chart-positive", kind: "bar" },
  passives: { label: "Passives", color: "chart-7", kind: "bar" },
  detractors: { label: "Detractors", color: "chart-negative", kind: "bar" },
  nps: { label: "NPS", color: "chart-1", kind: "line", axis: "right" },
} satisfies ChartConfig;

const NPS_SEGMENTS = { nps: { label: "NPS", color: "chart-1", kind: "bar" } } satisfies ChartConfig;

const CSAT_CES = {
  csat: { label: "CSAT", color: "chart-3", kind: "line" },
  ces: { label: "CES (1–7, lower is better)", color: "chart-4", kind: "line", axis: "right" },
} satisfies ChartConfig;

const RESPONSES = {
  nps_responses: { label: "NPS", color: "chart-1", kind: "bar" },
  csat_responses: { label: "CSAT", color: "chart-3", kind: "bar" },
  ces_responses: { label: "CES", color: "chart-4", kind: "bar" },
} satisfies ChartConfig;

export function SurveysSection({ metrics, cs, qs, trends }: Props) {
  const s = metrics.summary;
  const window = periodWindow(metrics.months.length);
  const segmentAxis = zeroBasedTicks(
    cs.segments.map((r) => r.nps),
    10,
  );
  const csat = withPlans(cs.months, CSAT_CES, [{ metric: "csat", series: { label: "CSAT plan", color: "chart-3" } }], planViewOf(metrics));
  const notes = annotationsByMonth(metrics.annotations);
  const npsBySegment = cs.segments.map((r) => ({
    ...r,
    segment: segmentLabel(r.segment),
    label: `${segmentLabel(r.segment)} (${fmt.count(r.nps_responses)})`,
  }));
  const monthCols = [{ key: "month", label: "Month", format: (v: unknown) => formatMonth(String(v)) }];
  return (
    <section aria-labelledby="cs-surveys" className="space-y-3">
      <SectionHeading id="cs-surveys" title="Surveys" />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <StatTile
          id="nps"
          trend={trends?.["nps"]}
          label="NPS"
          value={fmt.score(s.nps)}
          note={`${fmt.count(s.nps_responses)} responses ${window}`}
        />
        <StatTile
          id="csat"
          trend={trends?.["csat"]}
          label="CSAT"
          value={fmt.pct(s.csat)}
          note={`${fmt.count(s.csat_responses)} responses ${window}`}
        />
        <StatTile
          id="ces"
          trend={trends?.["ces"]}
          label="CES (lower is better)"
          value={fmt.decimal(s.ces)}
          note={`${fmt.count(s.ces_responses)} responses ${window}`}
        />
        <StatTile
          id="detractor-arr"
          label="ARR of detractors"
          value={fmt.money(cs.detractors.arr)}
          note={`${fmt.count(cs.detractors.customers)} customers whose latest NPS is 0–6`}
          tone={cs.detractors.arr > 0 ? "bad" : "default"}
          href={customersHref(qs, { survey: "detractor" })}
          linkLabel="View detractors"
        />
      </div>
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
        <ChartCard
          id="cs-nps-trend"
          title="NPS by month: promoters, passives, detractors"
          definition={metricDefinition("nps").short}
          glossaryHref="/metrics#nps"
          isEmpty={s.nps_responses === 0}
          annotations={notes}
          deck={deckCartesian(NPS_MONTHS, tableRows(cs.months), monthCategory, { stacked: true, format: "number", rightFormat: "decimal" })}
          table={{
            columns: [
              ...monthCols,
              { key: "promoters", label: "Promoters", align: "right" },
              { key: "passives", label: "Passives", align: "right" },
              { key: "detractors", label: "Detractors", align: "right" },
              { key: "nps", label: "NPS", align: "right", format: (v) => fmt.score(v as number | null) },
            ],
            rows: tableRows(cs.months),
          }}
        >
          <ChartContainer config={NPS_MONTHS}>
            <ComposedChart data={cs.months} margin={{ top: 8, right: 4, bottom: 0, left: -16 }}>
              <CartesianGrid vertical={false} stroke={GRID_COLOR} />
              <XAxis {...monthAxis} {...axis} />
              <YAxis yAxisId="n" {...axis} allowDecimals={false} />
              <YAxis yAxisId="nps" orientation="right" domain={[-100, 100]} {...axis} width={36} />
              <Tooltip
                content={
                  <ChartTooltipContent
                    formatLabel={monthLabel}
                    formatValue={(v, key) => (key === "nps" ? fmt.score(num(v)) : fmt.count(num(v)))}
                  />
                }
              />
              <Legend content={<ChartLegendContent />} />
              <Bar
                yAxisId="n"
                stackId="nps"
                dataKey="promoters"
                name="Promoters"
                fill={seriesColor("promoters")}
                isAnimationActive={false}
              />
              <Bar yAxisId="n" stackId="nps" dataKey="passives" name="Passives" fill={seriesColor("passives")} isAnimationActive={false} />
              <Bar
                yAxisId="n"
                stackId="nps"
                dataKey="detractors"
                name="Detractors"
                fill={seriesColor("detractors")}
                isAnimationActive={false}
              />
              <Line
                yAxisId="nps"
                dataKey="nps"
                name="NPS"
                stroke={seriesColor("nps")}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
              {annotationMarkers(notes, "n")}
            </ComposedChart>
          </ChartContainer>
        </ChartCard>
        <ChartCard
          id="cs-nps-segment"
          title="NPS by segment"
          definition="NPS over the responses of each segment's customers in the period (response count in brackets); responses without a customer count only overall."
          glossaryHref="/metrics#nps"
          isEmpty={cs.segments.every((r) => r.nps_responses === 0)}
          deck={deckCartesian(NPS_SEGMENTS, tableRows(npsBySegment), (r) => String(r.label), { format: "decimal" })}
          table={{
            columns: [
              { key: "segment", label: "Segment" },
              { key: "nps", label: "NPS", align: "right", format: (v) => fmt.score(v as number | null) },
              { key: "nps_responses", label: "Responses", align: "right" },
              { key: "detractors", label: "Detractors", align: "right" },
            ],
            rows: tableRows(npsBySegment),
          }}
        >
          <ChartContainer config={NPS_SEGMENTS}>
            <BarChart data={npsBySegment} margin={{ top: 16, right: 4, bottom: 0, left: -16 }}>
              <CartesianGrid vertical={false} stroke={GRID_COLOR} />
              <XAxis dataKey="label" {...axis} interval={0} />
              <YAxis {...axis} domain={segmentAxis.domain} ticks={segmentAxis.ticks} interval={0} />
              <ReferenceLine y={0} stroke={AXIS_COLOR} />
              <Tooltip content={<ChartTooltipContent formatValue={tip(fmt.score)} />} />
              <Bar
                dataKey="nps"
                name="NPS"
                fill={seriesColor("nps")}
                radius={[3, 3, 0, 0]}
                minPointSize={(v) => (v === 0 ? 2 : 0)}
                isAnimationActive={false}
              >
                <LabelList
                  dataKey="nps"
                  position="top"
                  fontSize={11}
                  fill={AXIS_COLOR}
                  formatter={(v: unknown) => fmt.score(typeof v === "number" ? v : null)}
                />
              </Bar>
            </BarChart>
          </ChartContainer>
        </ChartCard>
        <ChartCard
          id="cs-csat-ces"
          title="CSAT and CES by month"
          definition={`${metricDefinition("csat").short} ${metricDefinition("ces").short}`}
          glossaryHref="/metrics#csat"
          isEmpty={s.csat_responses + s.ces_responses === 0}
          annotations={notes}
          deck={deckCartesian(csat.config, tableRows(csat.rows), monthCategory, { format: "percent", rightFormat: "decimal" })}
          table={{
            columns: [
              ...monthCols,
              { key: "csat", label: "CSAT %", align: "right", format: (v) => fmt.pct(v as number | null) },
              { key: "ces", label: "CES", align: "right", format: (v) => fmt.decimal(v as number | null) },
            ],
            rows: tableRows(cs.months),
          }}
        >
          <ChartContainer config={csat.config}>
            <LineChart data={csat.rows} margin={{ top: 8, right: 4, bottom: 0, left: 0 }}>
              <CartesianGrid vertical={false} stroke={GRID_COLOR} />
              <XAxis {...monthAxis} {...axis} />
              <YAxis yAxisId="csat" domain={[0, 100]} {...axis} unit="%" width={52} />
              <YAxis yAxisId="ces" orientation="right" domain={[1, 7]} {...axis} width={28} />
              <Tooltip
                content={
                  <ChartTooltipContent
                    formatLabel={monthLabel}
                    formatValue={(v, key) => (key === "csat" ? fmt.pct(num(v)) : fmt.decimal(num(v)))}
                  />
                }
              />
              <Legend content={<ChartLegendContent />} />
              <Line
                yAxisId="csat"
                dataKey="csat"
                name="CSAT"
                stroke={seriesColor("csat")}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
              <Line
                yAxisId="ces"
                dataKey="ces"
                name="CES (1–7, lower is better)"
                stroke={seriesColor("ces")}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
              {planLines(csat.planKeys, csat.config, "csat")}
              {annotationMarkers(notes, "csat")}
            </LineChart>
          </ChartContainer>
        </ChartCard>
        <ChartCard
          id="cs-responses"
          title="Survey responses by month"
          definition="Responses dated inside each month, per survey."
          glossaryHref="/metrics#nps_responses"
          isEmpty={s.nps_responses + s.csat_responses + s.ces_responses === 0}
          annotations={notes}
          deck={deckCartesian(RESPONSES, tableRows(cs.months), monthCategory, { format: "number" })}
          table={{
            columns: [
              ...monthCols,
              { key: "nps_responses", label: "NPS", align: "right" },
              { key: "csat_responses", label: "CSAT", align: "right" },
              { key: "ces_responses", label: "CES", align: "right" },
            ],
            rows: tableRows(cs.months),
          }}
        >
          <ChartContainer config={RESPONSES}>
            <BarChart data={cs.months} margin={{ top: 8, right: 4, bottom: 0, left: -16 }}>
              <CartesianGrid vertical={false} stroke={GRID_COLOR} />
              <XAxis {...monthAxis} {...axis} />
              <YAxis {...axis} allowDecimals={false} />
              <Tooltip content={<ChartTooltipContent formatLabel={monthLabel} formatValue={tip(fmt.count)} />} />
              <Legend content={<ChartLegendContent />} />
              <Bar dataKey="nps_responses" name="NPS" fill={seriesColor("nps_responses")} isAnimationActive={false} />
              <Bar dataKey="csat_responses" name="CSAT" fill={seriesColor("csat_responses")} isAnimationActive={false} />
              <Bar dataKey="ces_responses" name="CES" fill={seriesColor("ces_responses")} isAnimationActive={false} />
              {annotationMarkers(notes)}
            </BarChart>
          </ChartContainer>
        </ChartCard>
      </div>
      <CommentsList comments={cs.comments} total={cs.comments_total} viewParams={viewQueryString(cs.period, cs.filters)} />
    </section>
  );
}
