import type { Metadata } from "next";
import { getDb } from "@/db";
import { getCsDashboard } from "@/db/queries/cs";
import { getExecutive } from "@/db/queries/executive";
import { getFilterOptions } from "@/db/queries/filter-options";
import { getMetrics } from "@/db/queries/metrics";
import { BoardPackView } from "@/components/board-pack/board-pack-view";
import { NoDataYet } from "@/components/ui/empty-state";
import { DEFAULT_METRICS_QUERY, filterQueryString, parseMetricsQuery, toUrlSearchParams } from "@/lib/api/metrics-query";
import { BOARD_KPI_HEADER, boardKpiRows, boardMonths, packMonths } from "@/lib/export/board-pack";

export const metadata: Metadata = { title: "Board pack" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The monthly board pack: the month's headline numbers and both dashboards over the twelve months to it, as one deck. */
export default async function BoardPackPage({ searchParams }: { searchParams: SearchParams }) {
  const params = toUrlSearchParams(await searchParams);
  const db = getDb();
  const options = getFilterOptions(db);
  if (!options) return <NoDataYet />;
  const parsed = parseMetricsQuery(params);
  const query = parsed.ok ? parsed.value : DEFAULT_METRICS_QUERY;
  const metrics = getMetrics(db, query);
  const executive = getExecutive(db, query);
  const cs = getCsDashboard(db, query);
  if (!metrics || !executive || !cs) return <NoDataYet />;
  const months = boardMonths(metrics.period.to);
  const single = (month: string) => getMetrics(db, { from: month, to: month, filters: query.filters })?.summary ?? null;
  const plan = (key: string) =>
    metrics.targets.find((t) => t.month === months.month && t.metric === key && t.segment === metrics.filters.segment)?.value ?? null;
  const kpiRows = boardKpiRows({ month: single(months.month), previous: single(months.previous), yearAgo: single(months.yearAgo), plan });
  const queryString = filterQueryString(params);

  return (
    <BoardPackView
      month={metrics.period.to}
      months={packMonths(options.firstMonth, options.lastMonth)}
      kpiTable={{ header: BOARD_KPI_HEADER, rows: kpiRows }}
      annotations={metrics.annotations}
      queryString={queryString}
      metrics={metrics}
      executive={executive}
      cs={cs}
      invalid={parsed.ok ? null : `${parsed.param}: ${parsed.message}`}
    />
  );
}
