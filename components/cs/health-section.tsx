"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_COLOR, ChartContainer, ChartTooltipContent, GRID_COLOR, type ChartConfig } from "@/components/charts/chart";
import { ChartCard } from "@/components/charts/chart-card";
import { themeVar, type ThemeColorName } from "@/components/charts/theme-colors";
import { customersHref } from "@/components/drilldown/customers-href";
import { viewQueryString } from "@/lib/api/metrics-query";
import type { CsDashboardResponse } from "@/lib/metrics/cs-dashboard";
import type { MetricsResponse } from "@/lib/metrics/types";
import { axis, tip } from "./chart-parts";
import { FACTOR_LABELS, fmt } from "./cs-format";
import { CustomerLink, CustomerList } from "./customer-list";
import { ListCsvLink } from "./list-csv-link";
import { ReviewedCell } from "./reviewed-cell";
import { SectionHeading, StatTile } from "./stat-tile";
import type { CsTileTrends } from "./cs-tile-trends";
import { usePagedList } from "./use-paged-list";

const BANDS_CONFIG = { customers: { label: "Customers", color: "chart-7", kind: "bar" } } satisfies ChartConfig;

interface Props {
  metrics: MetricsResponse;
  cs: CsDashboardResponse;
  qs: string;
  trends?: CsTileTrends;
}

export function HealthSection({ metrics, cs, qs, trends }: Props) {
  const router = useRouter();
  const h = metrics.health;
  const bands: { band: string; label: string; customers: number; color: ThemeColorName }[] = [
    { band: "healthy", label: "Healthy", customers: h.healthy, color: "chart-positive" },
    { band: "watch", label: "Watch", customers: h.watch, color: "chart-4" },
    { band: "at_risk", label: "At risk", customers: h.at_risk, color: "chart-negative" },
  ];
  const href = (band: string) => customersHref(qs, { health: band });
  const atRisk = usePagedList("/api/dashboards/cs/at-risk", viewQueryString(cs.period, cs.filters), cs.at_risk);
  return (
    <section aria-labelledby="cs-health" className="space-y-3">
      <SectionHeading id="cs-health" title="Health">
        <Link href="/settings" className="text-sm font-medium text-indigo-700 hover:underline">
          Change weights and thresholds in Settings →
        </Link>
      </SectionHeading>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <StatTile
          id="healthy"
          trend={trends?.["healthy"]}
          label="Healthy"
          value={fmt.count(h.healthy)}
          href={href("healthy")}
          linkLabel="View"
        />
        <StatTile id="watch" trend={trends?.["watch"]} label="Watch" value={fmt.count(h.watch)} href={href("watch")} linkLabel="View" />
        <StatTile
          id="at-risk"
          trend={trends?.["at-risk"]}
          label="At risk"
          value={fmt.count(h.at_risk)}
          tone={h.at_risk > 0 ? "bad" : "default"}
          href={href("at_risk")}
          linkLabel="View"
        />
        <StatTile
          id="arr-at-risk"
          trend={trends?.["arr-at-risk"]}
          label="ARR at risk"
          value={fmt.money(h.arr_at_risk)}
          note={`of ${fmt.money(metrics.summary.arr)} ARR`}
          tone={h.arr_at_risk > 0 ? "bad" : "default"}
        />
      </div>
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <ChartCard
          id="cs-health-bands"
          title={`Health of the ${fmt.count(metrics.summary.active_customers)} active customers`}
          definition={`Active customers at the end of the period by health score: healthy ≥ ${cs.health_thresholds.healthy_min}, watch ${cs.health_thresholds.watch_min} to under ${cs.health_thresholds.healthy_min}, at risk < ${cs.health_thresholds.watch_min} (Settings).`}
          hint="Click a bar to list its customers."
          glossaryHref="/metrics#health_band"
          isEmpty={metrics.summary.active_customers === 0}
          emptyMessage="No active customers at the end of this period."
          height={300}
          deck={{
            type: "cartesian",
            categories: bands.map((b) => b.label),
            series: [
              { key: "customers", label: "Customers", color: "chart-7", kind: "bar", axis: "left", values: bands.map((b) => b.customers) },
            ],
            pointColors: bands.map((b) => b.color),
            format: "number",
          }}
          table={{
            columns: [
              { key: "label", label: "Band" },
              { key: "customers", label: "Customers", align: "right" },
            ],
            rows: bands,
          }}
        >
          <ChartContainer config={BANDS_CONFIG}>
            <BarChart data={bands} margin={{ top: 20, right: 8, bottom: 0, left: -16 }}>
              <CartesianGrid vertical={false} stroke={GRID_COLOR} />
              <XAxis dataKey="label" {...axis} />
              <YAxis {...axis} allowDecimals={false} />
              <Tooltip content={<ChartTooltipContent formatValue={tip(fmt.count)} />} />
              <Bar
                dataKey="customers"
                name="Customers"
                radius={[3, 3, 0, 0]}
                cursor="pointer"
                isAnimationActive={false}
                onClick={(d) => router.push(href((d.payload as { band: string }).band))}
              >
                {bands.map((b) => (
                  <Cell key={b.band} fill={themeVar(b.color)} />
                ))}
                <LabelList dataKey="customers" position="top" fontSize={12} fill={AXIS_COLOR} />
              </Bar>
            </BarChart>
          </ChartContainer>
        </ChartCard>
        <CustomerList
          id="at-risk-list"
          title="At-risk customers"
          caption="At-risk customers with their weakest health factor"
          rows={atRisk.rows}
          total={cs.at_risk_total}
          loadMore={atRisk.loadMore}
          rowKey={(r) => r.customer_id}
          empty="No active customer is at risk at the current thresholds."
          drill={{ href: href("at_risk"), label: "Open in Customers" }}
          defaultSort={{ key: "arr", dir: "desc" }}
          actions={<ListCsvLink drill={{ health: "at_risk" }} qs={qs} />}
          columns={[
            {
              key: "name",
              label: "Customer",
              render: (r) => <CustomerLink id={r.customer_id} name={r.name} />,
              sortValue: (r) => r.name.toLowerCase(),
            },
            { key: "score", label: "Score", align: "right", render: (r) => fmt.decimal(r.score), sortValue: (r) => r.score },
            {
              key: "weakest",
              label: "Weakest factor",
              render: (r) => (
                <span
                  title={`usage ${fmt.score(r.factors.usage)} · support ${fmt.score(r.factors.support)} · sentiment ${fmt.score(r.factors.sentiment)}`}
                >
                  {FACTOR_LABELS[r.weakest_factor]} <span className="text-slate-500">({fmt.score(r.factors[r.weakest_factor])})</span>
                </span>
              ),
            },
            { key: "arr", label: "ARR", align: "right", render: (r) => fmt.moneyFull(r.arr), sortValue: (r) => r.arr },
            { key: "csm", label: "CSM", render: (r) => r.csm ?? "—" },
            { key: "reviewed", label: "Reviewed", render: (r) => <ReviewedCell review={r.review} /> },
          ]}
        />
      </div>
    </section>
  );
}
