"use client";

import Link from "next/link";
import { useId, useState, type ReactNode } from "react";
import { ChartExportMenu } from "@/components/export/chart-export-menu";
import { useChartExport } from "@/components/export/use-chart-export";
import type { DeckChartData } from "@/lib/export/deck-chart";
import type { GlossaryHref } from "@/lib/metrics/catalog";
import { ChartErrorBoundary } from "./chart-error-boundary";
import { DataTable, type DataTableColumn } from "./data-table";

export interface ChartCardProps {
  /** Stable id: anchors, exports and tests find the chart by it. */
  id: string;
  title: string;
  /** The metric's definition in one line: shown under the chart and in exports. */
  definition: string;
  /** Screen-only advice ("Click a bar for its customers"): never in an export. */
  hint?: string;
  /** What the chart covers when it is not the dashboard's period (the cohort range): heads the export's subtitle. */
  exportPeriod?: string;
  /** The chart's data for a native chart (or table) in the deck. */
  deck?: DeckChartData;
  /** Annotations the chart marks, listed on its slide. */
  annotations?: { month: string; text: string }[];
  glossaryHref?: GlossaryHref;
  height?: number;
  /** Chart height in an exported image when it must differ from the screen's (every cohort row, not a scroll box). */
  exportHeight?: number;
  isEmpty: boolean;
  emptyMessage?: string;
  table: { columns: DataTableColumn[]; rows: Record<string, unknown>[] };
  /** Right side of the header, e.g. a legend toggle or export menu. */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** Every chart sits in one of these: title, fixed-height body (no layout shift), table alternative, empty state. */
export function ChartCard(props: ChartCardProps) {
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  const height = props.height ?? 280;
  const exporter = useChartExport({ ...props, height });

  return (
    <section
      aria-labelledby={titleId}
      data-chart-id={props.id}
      id={props.id}
      className={`flex flex-col rounded-lg border border-slate-200 bg-white shadow-sm ${props.className ?? ""}`}
    >
      <header className="flex items-start justify-between gap-2 px-4 pt-3">
        <div>
          <h2 id={titleId} className="text-sm font-semibold text-slate-900">
            {props.title}
          </h2>
        </div>
        <div className="flex items-center gap-2" data-export-ignore>
          {props.actions}
          <ChartExportMenu chartId={props.id} title={props.title} table={props.table} toPng={exporter.toPng} />
          <button
            type="button"
            onClick={() => setShowTable((v) => !v)}
            aria-pressed={showTable}
            className="rounded border border-slate-200 px-2 py-0.5 text-xs text-slate-600 hover:bg-slate-50"
          >
            {showTable ? "Chart" : "Table"}
          </button>
        </div>
      </header>
      <div data-chart-body className="px-2 pt-2" style={{ height }}>
        {props.isEmpty ? (
          <div className="flex h-full items-center justify-center px-6 text-center text-sm text-slate-500">
            {props.emptyMessage ?? "No data for this period and filters."}
          </div>
        ) : showTable ? (
          <div className="h-full overflow-auto px-2">
            <DataTable caption={props.title} columns={props.table.columns} rows={props.table.rows} />
          </div>
        ) : (
          <ChartErrorBoundary>{props.children}</ChartErrorBoundary>
        )}
      </div>
      <footer className="border-t border-slate-100 px-4 py-2 text-xs text-slate-500">
        {props.definition}
        {props.hint && <span data-export-ignore> {props.hint}</span>}
        {props.glossaryHref && (
          <>
            {" "}
            <Link href={props.glossaryHref} className="text-indigo-700 underline underline-offset-2 hover:no-underline" data-export-ignore>
              Definition
            </Link>
          </>
        )}
      </footer>
      {exporter.frame}
    </section>
  );
}
