import { getDb } from "@/db";
import { getExecutive } from "@/db/queries/executive";
import { getFilterOptions } from "@/db/queries/filter-options";
import { getMetrics } from "@/db/queries/metrics";
import { ExecutiveDashboard } from "@/components/executive/executive-dashboard";
import { PeriodLabel } from "@/components/executive/period-label";
import { FilterBar } from "@/components/filters/filter-bar";
import { NoDataYet } from "@/components/ui/empty-state";
import { filterQueryString, parseMetricsQuery, toUrlSearchParams } from "@/lib/api/metrics-query";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ExecutivePage({ searchParams }: { searchParams: SearchParams }) {
  const params = toUrlSearchParams(await searchParams);
  const db = getDb();
  const options = getFilterOptions(db);
  if (!options) return <NoDataYet />;
  const query = parseMetricsQuery(params);
  const metrics = query.ok ? getMetrics(db, query.value) : null;
  const executive = query.ok ? getExecutive(db, query.value) : null;
  // The same key the client's useFilterQueryString builds, so the first render needs no fetch.
  const queryString = filterQueryString(params);

  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Executive</h1>
        <PeriodLabel defaultPeriod={options.defaultPeriod} />
      </header>
      <FilterBar options={options} />
      {!query.ok ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          This link has an invalid <code>{query.param}</code>: {query.message}. Pick a period above.
        </p>
      ) : metrics && executive ? (
        <ExecutiveDashboard initialMetrics={{ queryString, data: metrics }} initialExecutive={{ queryString, data: executive }} />
      ) : (
        <NoDataYet />
      )}
    </div>
  );
}
