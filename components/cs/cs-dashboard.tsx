"use client";

import { viewQueryString } from "@/lib/api/metrics-query";
import type { CsDashboardResponse } from "@/lib/metrics/cs-dashboard";
import type { MetricsResponse } from "@/lib/metrics/types";
import { withBack } from "@/components/drilldown/customers-href";
import { DashboardExportBar } from "@/components/export/dashboard-export-bar";
import { ExportProvider } from "@/components/export/export-context";
import { metricsExportView, statTilesOnPage } from "@/components/export/kpi-summary";
import { useViewQuery } from "@/components/api/use-view-query";
import { useFilterQueryString } from "@/components/filters/use-filter-query-string";
import { planViewOf } from "@/components/charts/plan";
import { CostSection } from "./cost-section";
import { HealthSection } from "./health-section";
import { LifecycleSection } from "./lifecycle-section";
import { RenewalsSection } from "./renewals-section";
import { SupportSection } from "./support-section";
import { SurveysSection } from "./surveys-section";
import { UsageSection } from "./usage-section";
import { csTileTrends } from "./cs-tile-trends";
import { themeVar } from "@/components/charts/theme-colors";

export interface CsDashboardProps {
  /** The filter query string the server rendered with (same order as useFilterQueryString). */
  queryString: string;
  metrics: MetricsResponse;
  cs: CsDashboardResponse;
}

const SECTIONS = [
  ["cs-health", "Health"],
  ["cs-renewals", "Renewals"],
  ["cs-lifecycle", "Lifecycle"],
  ["cs-surveys", "Surveys"],
  ["cs-support", "Support"],
  ["cs-cost", "Cost to carry"],
  ["cs-usage", "Usage"],
] as const;

/** The head of CS's page: every number from /api/metrics and /api/dashboards/cs, refetched when the URL changes. */
export function CsDashboard({ queryString, metrics: initialMetrics, cs: initialCs }: CsDashboardProps) {
  const urlQueryString = useFilterQueryString();
  const metricsQuery = useViewQuery<MetricsResponse>("/api/metrics", urlQueryString, { initial: { queryString, data: initialMetrics } });
  const csQuery = useViewQuery<CsDashboardResponse>("/api/dashboards/cs", urlQueryString, {
    initial: { queryString, data: initialCs },
  });
  const metrics = metricsQuery.data;
  const cs = csQuery.data;
  const error = metricsQuery.error ?? csQuery.error;
  const refreshing = metricsQuery.refreshing || csQuery.refreshing;

  if (!metrics || !cs) {
    return (
      <div className="min-h-[60vh] rounded-lg border border-slate-200 bg-white p-6 text-sm text-slate-500" role="status">
        {error ? `These numbers could not be loaded: ${error.message}` : "Loading the dashboard…"}
      </div>
    );
  }
  // Filters the links carry: the view's own params (period and filters), not the defaults.
  const linkQs = withBack(viewQueryString(metrics.period, metrics.filters), "/cs");
  const trends = csTileTrends(metrics, cs, themeVar("chart-1"));

  return (
    <ExportProvider view={metricsExportView("Customer Success", metrics, statTilesOnPage)}>
      <div
        className={`space-y-8 transition-opacity ${refreshing ? "opacity-70" : ""}`}
        aria-busy={refreshing}
        data-refreshing={refreshing ? "true" : "false"}
      >
        {error && (
          <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Showing the previous numbers: the latest ones could not be loaded ({error.message}).
          </p>
        )}
        <DashboardExportBar />
        <nav aria-label="Dashboard sections" className="-mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {SECTIONS.map(([id, label]) => (
            <a key={id} href={`#${id}`} className="text-indigo-700 hover:underline">
              {label}
            </a>
          ))}
        </nav>
        <HealthSection metrics={metrics} cs={cs} qs={linkQs} trends={trends} />
        <RenewalsSection cs={cs} qs={linkQs} />
        <LifecycleSection metrics={metrics} cs={cs} qs={linkQs} trends={trends} />
        <SurveysSection metrics={metrics} cs={cs} qs={linkQs} trends={trends} />
        <SupportSection cs={cs} trends={trends} plan={planViewOf(metrics)} />
        <CostSection metrics={metrics} trends={trends} />
        <UsageSection metrics={metrics} cs={cs} />
      </div>
    </ExportProvider>
  );
}
