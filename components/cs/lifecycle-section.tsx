"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_COLOR, ChartContainer, ChartTooltipContent, GRID_COLOR, seriesColor, type ChartConfig } from "@/components/charts/chart";
import { ChartCard } from "@/components/charts/chart-card";
import { themeVar } from "@/components/charts/theme-colors";
import { deckCartesian } from "@/lib/export/deck-chart";
import { customersHref } from "@/components/drilldown/customers-href";
import { metricDefinition } from "@/lib/metrics/catalog";
import type { CsDashboardResponse } from "@/lib/metrics/cs-dashboard";
import type { MetricsResponse } from "@/lib/metrics/types";
import { axis, tip } from "./chart-parts";
import { fmt, STAGE_LABELS } from "./cs-format";
import { CustomerLink, CustomerList } from "./customer-list";
import { ListCsvLink } from "./list-csv-link";
import { SectionHeading, StatTile } from "./stat-tile";
import type { CsTileTrends } from "./cs-tile-trends";

const FUNNEL = { reached: { label: "Reached", color: "chart-1", kind: "bar" } } satisfies ChartConfig;
const CURRENT = { current: { label: "Customers", color: "chart-2", kind: "bar" } } satisfies ChartConfig;

interface Props {
  metrics: MetricsResponse;
  cs: CsDashboardResponse;
  qs: string;
  trends?: CsTileTrends;
}

export function LifecycleSection({ metrics, cs, qs, trends }: Props) {
  const router = useRouter();
  const funnel = metrics.funnel.filter((r) => r.stage !== "churn").map((r) => ({ ...r, label: STAGE_LABELS[r.stage] }));
  const churn = metrics.funnel.find((r) => r.stage === "churn");
  const current = metrics.funnel.map((r) => ({ stage: r.stage, label: STAGE_LABELS[r.stage], current: r.current }));
  const cohort = funnel[0]?.reached ?? 0;
  const stageHref = (stage: string) => customersHref(qs, { stage });

  return (
    <section aria-labelledby="cs-lifecycle" className="space-y-3">
      <SectionHeading id="cs-lifecycle" title="Lifecycle" />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <StatTile
          id="time-to-value"
          trend={trends?.["time-to-value"]}
          label="Time to value (median)"
          value={fmt.days(metrics.summary.time_to_value_days)}
          note="Signup to early adoption"
        />
        <StatTile id="funnel-cohort" label="New in the funnel" value={fmt.count(cohort)} note="First lifecycle event in the period" />
        <StatTile
          id="funnel-churn"
          label="Of them churned"
          value={fmt.count(churn?.reached ?? 0)}
          note={`of ${fmt.count(cohort)} in that cohort`}
          tone={churn?.reached ? "bad" : "default"}
        />
        <StatTile
          id="stuck"
          label={`Stuck > ${cs.stuck_after_days} days`}
          value={fmt.count(cs.stuck_total)}
          note="In one stage (not retention)"
          href={customersHref(qs, { stuck: "1" })}
          linkLabel="View stuck customers"
        />
      </div>
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
        <ChartCard
          id="cs-funnel"
          title="Lifecycle funnel: customers who reached each stage"
          definition={`${metricDefinition("funnel_conversion").short} Churn is shown apart: ${fmt.count(churn?.reached ?? 0)} of the cohort churned.`}
          glossaryHref="/metrics#funnel_conversion"
          isEmpty={cohort === 0}
          emptyMessage="No customer had a first lifecycle event in this period."
          height={300}
          deck={deckCartesian(FUNNEL, funnel, (r) => String(r.label), { format: "number", horizontal: true })}
          table={{
            columns: [
              { key: "label", label: "Stage" },
              { key: "reached", label: "Reached", align: "right", format: (v) => fmt.count(v as number) },
              { key: "conversion", label: "Conversion", align: "right", format: (v) => fmt.pct(v as number | null) },
              {
                key: "median_days_in_stage",
                label: "Median days in stage",
                align: "right",
                format: (v) => fmt.decimal(v as number | null),
              },
            ],
            rows: [...funnel, ...(churn ? [{ ...churn, label: "Churn (apart)" }] : [])],
          }}
        >
          <ChartContainer config={FUNNEL}>
            <BarChart data={funnel} layout="vertical" margin={{ top: 4, right: 96, bottom: 4, left: 4 }}>
              <CartesianGrid horizontal={false} stroke={GRID_COLOR} />
              <XAxis type="number" {...axis} allowDecimals={false} />
              <YAxis type="category" dataKey="label" width={104} {...axis} />
              <Tooltip
                content={
                  <ChartTooltipContent
                    formatValue={tip(fmt.count)}
                    formatLabel={(label, row) =>
                      `${String(label)} · conversion ${fmt.pct(row.conversion as number | null)} · median ${fmt.decimal(row.median_days_in_stage as number | null)} d in stage`
                    }
                  />
                }
              />
              <Bar
                dataKey="reached"
                name="Reached"
                fill={seriesColor("reached")}
                radius={[0, 3, 3, 0]}
                cursor="pointer"
                isAnimationActive={false}
                onClick={(d) => router.push(stageHref((d.payload as { stage: string }).stage))}
                label={{ position: "right", fontSize: 11, fill: AXIS_COLOR, formatter: (v: unknown) => fmt.count(v as number) }}
              />
            </BarChart>
          </ChartContainer>
        </ChartCard>
        <ChartCard
          id="cs-current-stage"
          title="Where customers are now (current stage)"
          definition={metricDefinition("current_stage").short}
          hint="Click a bar to list its customers."
          glossaryHref="/metrics#current_stage"
          isEmpty={current.every((r) => r.current === 0)}
          height={300}
          deck={{
            type: "cartesian",
            categories: current.map((r) => r.label),
            series: [
              { key: "current", label: "Customers", color: "chart-2", kind: "bar", axis: "left", values: current.map((r) => r.current) },
            ],
            pointColors: current.map((r) => (r.stage === "churn" ? "chart-negative" : "chart-2")),
            format: "number",
          }}
          table={{
            columns: [
              { key: "label", label: "Stage" },
              { key: "current", label: "Customers", align: "right", format: (v) => fmt.count(v as number) },
            ],
            rows: current,
          }}
        >
          <div className="flex h-full flex-col">
            <div className="min-h-0 flex-1">
              <ChartContainer config={CURRENT}>
                <BarChart data={current} margin={{ top: 8, right: 8, bottom: 0, left: -12 }}>
                  <CartesianGrid vertical={false} stroke={GRID_COLOR} />
                  <XAxis dataKey="label" {...axis} interval={0} angle={-25} textAnchor="end" height={52} />
                  <YAxis {...axis} allowDecimals={false} />
                  <Tooltip content={<ChartTooltipContent formatValue={tip(fmt.count)} />} />
                  <Bar
                    dataKey="current"
                    name="Customers"
                    radius={[3, 3, 0, 0]}
                    cursor="pointer"
                    isAnimationActive={false}
                    onClick={(d) => router.push(stageHref((d.payload as { stage: string }).stage))}
                  >
                    {current.map((r) => (
                      <Cell key={r.stage} fill={r.stage === "churn" ? themeVar("chart-negative") : seriesColor("current")} />
                    ))}
                  </Bar>
                </BarChart>
              </ChartContainer>
            </div>
            <nav aria-label="Customers by current stage" data-export-ignore className="flex flex-wrap gap-x-3 gap-y-1 px-2 pb-1 text-xs">
              {current.map((r) => (
                <Link key={r.stage} href={stageHref(r.stage)} className="text-indigo-700 hover:underline">
                  {r.label} {fmt.count(r.current)}
                </Link>
              ))}
            </nav>
          </div>
        </ChartCard>
      </div>
      <CustomerList
        id="stuck-list"
        title={`Stuck in a stage for more than ${cs.stuck_after_days} days`}
        caption="Customers stuck in a lifecycle stage"
        rows={cs.stuck}
        total={cs.stuck_total}
        rowKey={(r) => r.customer_id}
        empty="Nobody is stuck: every customer moved on within the threshold."
        drill={{ href: customersHref(qs, { stuck: "1" }), label: "All stuck customers" }}
        defaultSort={{ key: "arr", dir: "desc" }}
        actions={<ListCsvLink drill={{ stuck: "1" }} qs={qs} />}
        columns={[
          {
            key: "name",
            label: "Customer",
            render: (r) => <CustomerLink id={r.customer_id} name={r.name} />,
            sortValue: (r) => r.name.toLowerCase(),
          },
          { key: "stage", label: "Stage", render: (r) => STAGE_LABELS[r.stage] },
          {
            key: "days",
            label: "Days in stage",
            align: "right",
            render: (r) => fmt.count(Math.floor(r.days_in_stage)),
            sortValue: (r) => r.days_in_stage,
          },
          { key: "arr", label: "ARR", align: "right", render: (r) => fmt.moneyFull(r.arr), sortValue: (r) => r.arr },
          { key: "csm", label: "CSM", render: (r) => r.csm ?? "—" },
        ]}
      >
        <p className="px-4 text-xs text-slate-500">
          Threshold from{" "}
          <Link href="/settings" className="text-indigo-700 underline underline-offset-2 hover:no-underline">
            Settings
          </Link>
          ;{" "}
          {cs.stuck_total > cs.stuck.length
            ? `the ${cs.stuck.length} with the largest ARR here, all ${cs.stuck_total} under All stuck customers.`
            : "largest ARR first (click a header to sort)."}
        </p>
      </CustomerList>
    </section>
  );
}
