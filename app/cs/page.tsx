import type { Metadata } from "next";
import { getDb } from "@/db";
import { getCsDashboard } from "@/db/queries/cs";
import { getFilterOptions } from "@/db/queries/filter-options";
import { getMetrics } from "@/db/queries/metrics";
import { CsDashboard } from "@/components/cs/cs-dashboard";
import { PeriodWords } from "@/components/cs/period-words";
import { FilterBar } from "@/components/filters/filter-bar";
import { NoDataYet } from "@/components/ui/empty-state";
import { DEFAULT_METRICS_QUERY, filterQueryString, parseMetricsQuery, toUrlSearchParams } from "@/lib/api/metrics-query";

export const metadata: Metadata = { title: "Customer Success" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = toUrlSearchParams(await searchParams);
  const db = getDb();
  const options = getFilterOptions(db);
  if (!options) return <NoDataYet />;
  const parsed = parseMetricsQuery(params);
  const query = parsed.ok ? parsed.value : DEFAULT_METRICS_QUERY;
  const metrics = getMetrics(db, query);
  const cs = getCsDashboard(db, query);
  if (!metrics || !cs) return <NoDataYet />;
  // The same key order as useFilterQueryString, so the client reuses this render's data.
  const queryString = filterQueryString(params);

  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Customer Success</h1>
        <PeriodWords queryString={queryString} metrics={metrics} />
        {!parsed.ok && (
          <p role="alert" className="mt-2 text-sm text-amber-800">
            Ignored the link&apos;s {parsed.param}: {parsed.message}. Showing the default view.
          </p>
        )}
      </div>
      <FilterBar options={options} />
      <CsDashboard queryString={queryString} metrics={metrics} cs={cs} />
    </div>
  );
}
