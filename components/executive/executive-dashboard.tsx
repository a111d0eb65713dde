"use client";

import Link from "next/link";
import { CohortHeatmap } from "@/components/charts/cohort-heatmap";
import { CostToCarryChart } from "@/components/charts/cost-to-carry-chart";
import { FunnelChart } from "@/components/charts/funnel-chart";
import { LogoChurnChart } from "@/components/charts/logo-churn-chart";
import { MrrMovementsChart } from "@/components/charts/mrr-movements-chart";
import { NpsTrendChart } from "@/components/charts/nps-trend-chart";
import { planViewOf } from "@/components/charts/plan";
import { PeriodBridgeChart } from "@/components/charts/period-bridge-chart";
import { RetentionTrendChart } from "@/components/charts/retention-trend-chart";
import { withBack } from "@/components/drilldown/customers-href";
import { DashboardExportBar } from "@/components/export/dashboard-export-bar";
import { ExportProvider } from "@/components/export/export-context";
import { executiveKpis, metricsExportView } from "@/components/export/kpi-summary";
import { KpiGrid } from "@/components/kpi/kpi-grid";
import { useViewQuery } from "@/components/api/use-view-query";
import { useFilterQueryString } from "@/components/filters/use-filter-query-string";
import { viewQueryString } from "@/lib/api/metrics-query";
import { boardPeriod } from "@/lib/export/board-pack";
import { formatPeriod } from "@/lib/format";
import type { ExecutiveResponse } from "@/lib/metrics/executive";
import type { MetricsResponse } from "@/lib/metrics/types";

export interface ExecutiveDashboardProps {
  initialMetrics: { queryString: string; data: MetricsResponse };
  initialExecutive: { queryString: string; data: ExecutiveResponse };
}

/** The period and filters as a query string, for drill-down links (explicit, so a link reproduces the view), and the way back. */
function drillBaseOf(m: MetricsResponse): string {
  return withBack(viewQueryString(m.period, m.filters), "/");
}

export function ExecutiveDashboard(props: ExecutiveDashboardProps) {
  const queryString = useFilterQueryString();
  const metricsQuery = useViewQuery<MetricsResponse>("/api/metrics", queryString, { initial: props.initialMetrics });
  const executiveQuery = useViewQuery<ExecutiveResponse>("/api/dashboards/executive", queryString, { initial: props.initialExecutive });
  const metrics = metricsQuery.data;
  const executive = executiveQuery.data;
  const error = metricsQuery.error ?? executiveQuery.error;
  if (!metrics || !executive) {
    return error ? <ErrorNote message={error.message} /> : <div className="min-h-[1600px]" aria-busy="true" />;
  }
  const drillBase = drillBaseOf(metrics);
  const fetching = metricsQuery.isFetching || executiveQuery.isFetching;
  return (
    <ExportProvider view={metricsExportView("Executive", metrics, () => executiveKpis(metrics, executive))}>
      <div
        className={`flex flex-col gap-4 transition-opacity ${metricsQuery.refreshing || executiveQuery.refreshing ? "opacity-70" : ""}`}
        aria-busy={fetching}
      >
        {error && <ErrorNote message={error.message} />}
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-xs text-slate-500">
            Changes compare with the previous {executive.previous ? formatPeriod(executive.previous_period) : "period (no data then)"}.{" "}
            Select a tile or a bar to see the customers behind it.
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <Link
              href={`/board-pack?${new URLSearchParams(boardPeriod(metrics.period.to)).toString()}`}
              className="text-sm font-medium text-indigo-700 hover:underline"
            >
              Monthly board pack →
            </Link>
            <DashboardExportBar />
          </div>
        </div>
        <KpiGrid metrics={metrics} executive={executive} drillBase={drillBase} />
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <MrrMovementsChart months={metrics.months} drillBase={drillBase} className="lg:col-span-2" plan={planViewOf(metrics)} />
          <PeriodBridgeChart startMrr={executive.start_mrr} summary={metrics.summary} drillBase={drillBase} />
          <RetentionTrendChart months={metrics.months} trailing={executive.trailing_retention} plan={planViewOf(metrics)} />
          <LogoChurnChart
            months={metrics.months}
            retention={executive.monthly_retention}
            drillBase={drillBase}
            plan={planViewOf(metrics)}
          />
          <NpsTrendChart months={metrics.months} plan={planViewOf(metrics)} />
          <CohortHeatmap cohorts={executive.cohorts} drillBase={drillBase} className="lg:col-span-2" />
          <FunnelChart funnel={metrics.funnel} />
          <CostToCarryChart segments={metrics.segments} overall={metrics.summary.cost_to_carry_ratio} drillBase={drillBase} />
        </div>
      </div>
    </ExportProvider>
  );
}

function ErrorNote({ message }: { message: string }) {
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      Could not load the dashboard for these filters: {message}
    </p>
  );
}
