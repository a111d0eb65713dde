"use client";

import { useState } from "react";
import { themeHexResolver } from "@/components/export/deck";
import { downloadBlob, yieldToBrowser } from "@/components/export/download";
import { useExportContext } from "@/components/export/export-context";
import { exportFileName } from "@/lib/export/file-names";

export interface BoardAnnotation {
  date: string;
  label: string;
  segment: string | null;
}

type Status = { tone: "busy" | "ok" | "error"; text: string } | null;

/** Builds the board pack from every chart on the page (both dashboards) and the month's headline numbers. */
export function BoardPackButton(props: {
  month: string;
  monthName: string;
  kpiTable: { header: string[]; rows: string[][] };
  annotations: BoardAnnotation[];
}) {
  const context = useExportContext();
  const [status, setStatus] = useState<Status>(null);
  if (!context) return null;
  const { view, charts } = context;

  async function build() {
    const start = performance.now();
    try {
      setStatus({ tone: "busy", text: "Building the board pack…" });
      await yieldToBrowser();
      const list = charts();
      const [{ default: PptxGenJS }, { buildBoardPack }] = await Promise.all([import("pptxgenjs"), import("@/lib/export/deck-slides")]);
      const pptx = buildBoardPack(PptxGenJS, {
        ...view,
        month: props.month,
        monthName: props.monthName,
        kpiTable: props.kpiTable,
        annotations: props.annotations,
        charts: list,
        generatedAt: new Date(),
        color: themeHexResolver(),
      });
      const blob = (await pptx.write({ outputType: "blob" })) as Blob;
      downloadBlob(blob, exportFileName("board pack", view.period, "pptx", view.filters));
      performance.measure("keel-export:board-pack", { start });
      setStatus({ tone: "ok", text: `Board pack downloaded (${list.length} charts)` });
    } catch (error) {
      setStatus({ tone: "error", text: `Board pack failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  return (
    <div className="flex items-center gap-2">
      <span
        role="status"
        aria-live="polite"
        data-testid="board-pack-status"
        className={`text-sm ${status?.tone === "error" ? "text-red-700" : "text-slate-600"}`}
      >
        {status?.text}
      </span>
      <button
        type="button"
        onClick={build}
        disabled={status?.tone === "busy"}
        className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-indigo-700 disabled:cursor-wait disabled:opacity-60"
      >
        Build board pack
      </button>
    </div>
  );
}
