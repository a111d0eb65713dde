"use client";

import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from "react";
import type { DeckChartData } from "@/lib/export/deck-chart";
import type { ExportFilters, ExportPeriod } from "@/lib/export/labels";

/** Exports are light; a dark image only when asked for. */
export type ExportTheme = "light" | "dark";

export interface ChartPng {
  blob: Blob;
  width: number;
  height: number;
}

export interface ChartExporter {
  id: string;
  title: string;
  definition: string;
  isEmpty: boolean;
  exportPeriod?: string;
  deck?: DeckChartData;
  annotations?: { month: string; text: string }[];
  /** Light unless a dark image is asked for. */
  toPng: (theme?: ExportTheme) => Promise<ChartPng>;
}

export interface ExportKpi {
  label: string;
  value: string;
  change?: string;
  tone?: "good" | "bad" | "flat" | "none";
}

export interface ExportView {
  /** The dashboard's name, e.g. "Executive": the deck's title and file name. */
  dashboard: string;
  period: ExportPeriod;
  filters: ExportFilters;
  /** The last month with data in the view (YYYY-MM). */
  dataThrough: string;
  /** The dashboard's headline numbers for the deck's summary slide, read when a deck is made. */
  kpis: () => ExportKpi[];
}

interface ExportContextValue {
  view: ExportView;
  register: (exporter: ChartExporter) => () => void;
  /** Every registered chart, in page order. */
  charts: () => ChartExporter[];
}

const ExportContext = createContext<ExportContextValue | null>(null);

function pageOrder(a: ChartExporter, b: ChartExporter): number {
  const nodeA = document.querySelector(`[data-chart-id="${CSS.escape(a.id)}"]`);
  const nodeB = document.querySelector(`[data-chart-id="${CSS.escape(b.id)}"]`);
  if (!nodeA || !nodeB) return 0;
  return nodeA.compareDocumentPosition(nodeB) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * Set by each dashboard: the view its charts export (period, filters, data date) and a registry of its
 * charts. Charts also register with an enclosing provider, so the board pack collects both dashboards.
 */
export function ExportProvider({ view, children }: { view: ExportView; children: ReactNode }) {
  const parentRegister = useContext(ExportContext)?.register;
  const registry = useRef(new Map<string, ChartExporter>());
  const kpisRef = useRef(view.kpis);
  useEffect(() => {
    kpisRef.current = view.kpis;
  });
  const { dashboard, period, filters, dataThrough } = view;
  const value = useMemo<ExportContextValue>(
    () => ({
      view: { dashboard, period, filters, dataThrough, kpis: () => kpisRef.current() },
      register: (exporter) => {
        registry.current.set(exporter.id, exporter);
        const unregisterParent = parentRegister?.(exporter);
        return () => {
          if (registry.current.get(exporter.id) === exporter) registry.current.delete(exporter.id);
          unregisterParent?.();
        };
      },
      charts: () => [...registry.current.values()].sort(pageOrder),
    }),
    [dashboard, period, filters, dataThrough, parentRegister],
  );
  return <ExportContext.Provider value={value}>{children}</ExportContext.Provider>;
}

export function useExportContext(): ExportContextValue | null {
  return useContext(ExportContext);
}
