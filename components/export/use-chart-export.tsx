"use client";

import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { ChartErrorBoundary } from "@/components/charts/chart-error-boundary";
import type { DeckChartData } from "@/lib/export/deck-chart";
import { exportFootnote, exportSubtitle } from "@/lib/export/labels";
import { captureNode, overflowWidth, waitForStable } from "./capture";
import { useExportContext, type ChartPng, type ExportTheme } from "./export-context";
import { EXPORT_WIDTH, ExportFrame } from "./export-frame";

export interface ExportableCard {
  id: string;
  title: string;
  definition: string;
  height: number;
  exportHeight?: number;
  isEmpty: boolean;
  emptyMessage?: string;
  exportPeriod?: string;
  deck?: DeckChartData;
  annotations?: { month: string; text: string }[];
  children: ReactNode;
}

/**
 * Renders a card's chart into an off-screen frame on demand and captures it, so charts below the
 * fold or switched to their table still export as charts, with the same data the card shows.
 */
export function useChartExport(card: ExportableCard): { frame: ReactNode; toPng: (theme?: ExportTheme) => Promise<ChartPng> } {
  const context = useExportContext();
  const [busy, setBusy] = useState(0);
  const [theme, setTheme] = useState<ExportTheme>("light");
  const frameRef = useRef<HTMLDivElement>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const idRef = useRef(card.id);
  const emptyRef = useRef(card.isEmpty);
  useEffect(() => {
    idRef.current = card.id;
    emptyRef.current = card.isEmpty;
  });

  const toPng = useCallback((asked: ExportTheme = "light") => {
    const run = queue.current.then(async () => {
      setTheme(asked);
      setBusy((n) => n + 1);
      const start = performance.now();
      try {
        const expectMarks = !emptyRef.current;
        let node = await waitForStable(() => frameRef.current, { expectMarks });
        const extra = overflowWidth(node);
        if (extra > 0) {
          node.style.width = `${EXPORT_WIDTH + extra}px`;
          node = await waitForStable(() => frameRef.current, { expectMarks });
        }
        performance.measure(`keel-export:render:${idRef.current}`, { start });
        const png = await captureNode(node);
        performance.measure(`keel-export:chart:${idRef.current}`, { start });
        return png;
      } finally {
        setBusy((n) => n - 1);
      }
    });
    queue.current = run.catch(() => undefined);
    return run;
  }, []);

  const register = context?.register;
  const { id, title, definition, isEmpty, exportPeriod, deck, annotations } = card;
  useEffect(
    () => register?.({ id, title, definition, isEmpty, exportPeriod, deck, annotations, toPng }),
    [register, id, title, definition, isEmpty, exportPeriod, deck, annotations, toPng],
  );

  const view = context?.view;
  const frame =
    busy > 0 ? (
      <ExportFrame
        ref={frameRef}
        title={card.title}
        subtitle={view ? exportSubtitle(view.period, view.filters, card.exportPeriod) : (card.exportPeriod ?? null)}
        footnote={view ? exportFootnote(card.definition, view.dataThrough) : card.definition}
        chartHeight={card.exportHeight ?? Math.max(card.height, 340)}
        theme={theme}
      >
        {card.isEmpty ? (
          <div className="flex h-full items-center justify-center text-sm text-slate-500">
            {card.emptyMessage ?? "No data for this period and filters."}
          </div>
        ) : (
          <ChartErrorBoundary>{card.children}</ChartErrorBoundary>
        )}
      </ExportFrame>
    ) : null;
  return { frame, toPng };
}
