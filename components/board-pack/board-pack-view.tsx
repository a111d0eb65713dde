"use client";

import { useRouter } from "next/navigation";
import { CsDashboard } from "@/components/cs/cs-dashboard";
import { ExecutiveDashboard } from "@/components/executive/executive-dashboard";
import { ExportProvider } from "@/components/export/export-context";
import { metricsExportView } from "@/components/export/kpi-summary";
import { boardPeriod } from "@/lib/export/board-pack";
import { formatMonth, formatPeriod } from "@/lib/format";
import type { CsDashboardResponse } from "@/lib/metrics/cs-dashboard";
import type { ExecutiveResponse } from "@/lib/metrics/executive";
import type { MetricsResponse } from "@/lib/metrics/types";
import { BoardPackButton, type BoardAnnotation } from "./board-pack-button";

export interface BoardPackViewProps {
  month: string;
  months: string[];
  kpiTable: { header: string[]; rows: string[][] };
  annotations: BoardAnnotation[];
  queryString: string;
  metrics: MetricsResponse;
  executive: ExecutiveResponse;
  cs: CsDashboardResponse;
  invalid: string | null;
}

/** Pick a month, check what goes in, build the deck: the pack holds every chart shown below. */
export function BoardPackView(props: BoardPackViewProps) {
  const router = useRouter();
  const monthName = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${props.month}-01T00:00:00Z`),
  );
  const choose = (month: string) => {
    const next = new URLSearchParams(props.queryString);
    const { from, to } = boardPeriod(month);
    next.set("from", from);
    next.set("to", to);
    router.push(`/board-pack?${next.toString()}`);
  };
  return (
    <ExportProvider view={metricsExportView("Board pack", props.metrics, () => [])}>
      <div className="space-y-6">
        <header className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Monthly board pack</h1>
            <p className="text-sm text-slate-600">
              {monthName}: headline numbers against last month, a year before and plan; charts over {formatPeriod(props.metrics.period)}.
            </p>
            {props.invalid && (
              <p role="alert" className="mt-1 text-sm text-amber-800">
                Ignored the link&apos;s {props.invalid}. Showing the latest month.
              </p>
            )}
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <label className="flex items-center gap-2 text-sm text-slate-700">
              Pack month
              <select
                value={props.month}
                onChange={(e) => choose(e.target.value)}
                className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
              >
                {props.months.map((m) => (
                  <option key={m} value={m}>
                    {formatMonth(m)}
                  </option>
                ))}
              </select>
            </label>
            <BoardPackButton month={props.month} monthName={monthName} kpiTable={props.kpiTable} annotations={props.annotations} />
          </div>
        </header>
        <section aria-labelledby="board-kpis" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="board-kpis" className="mb-2 text-sm font-semibold text-slate-900">
            Headline numbers · {monthName}
          </h2>
          <div className="overflow-x-auto">
            <table className="w-full text-sm tabular-nums" data-testid="board-kpi-table">
              <thead>
                <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                  {props.kpiTable.header.map((h, i) => (
                    <th key={h} scope="col" className={`py-1.5 pr-3 font-medium ${i > 0 ? "text-right" : ""}`}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {props.kpiTable.rows.map((row) => (
                  <tr key={row[0]} className="border-b border-slate-100">
                    {row.map((cell, i) =>
                      i === 0 ? (
                        <th key={i} scope="row" className="py-1.5 pr-3 text-left font-normal text-slate-700">
                          {cell}
                        </th>
                      ) : (
                        <td key={i} className={`py-1.5 pr-3 text-right ${i === 1 ? "font-semibold text-slate-900" : "text-slate-600"}`}>
                          {cell}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <section aria-labelledby="board-executive" className="space-y-3">
          <h2 id="board-executive" className="text-lg font-semibold tracking-tight text-slate-900">
            Executive
          </h2>
          <ExecutiveDashboard
            initialMetrics={{ queryString: props.queryString, data: props.metrics }}
            initialExecutive={{ queryString: props.queryString, data: props.executive }}
          />
        </section>
        <section aria-labelledby="board-cs" className="space-y-3">
          <h2 id="board-cs" className="text-lg font-semibold tracking-tight text-slate-900">
            Customer Success
          </h2>
          <CsDashboard queryString={props.queryString} metrics={props.metrics} cs={props.cs} />
        </section>
      </div>
    </ExportProvider>
  );
}
