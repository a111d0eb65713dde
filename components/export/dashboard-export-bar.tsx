"use client";

import { useState } from "react";
import { exportFileName, zipEntryName } from "@/lib/export/file-names";
import { buildDeck } from "./deck";
import { downloadBlob, yieldToBrowser } from "./download";
import { useExportContext, type ChartExporter, type ChartPng } from "./export-context";

type Status = { tone: "busy" | "ok" | "error"; text: string } | null;

/** "Export deck" (.pptx) and "Export all as PNG" (.zip) for the dashboard's charts, with progress. */
export function DashboardExportBar() {
  const context = useExportContext();
  const [status, setStatus] = useState<Status>(null);
  if (!context) return null;
  const { view, charts } = context;
  const busy = status?.tone === "busy";

  async function captureAll(): Promise<{ chart: ChartExporter; png: ChartPng }[]> {
    const list = charts();
    const out = [];
    for (const [i, chart] of list.entries()) {
      setStatus({ tone: "busy", text: `Exporting ${i + 1} of ${list.length}…` });
      const png = await chart.toPng().catch((error: unknown) => {
        throw new Error(`“${chart.title}”: ${error instanceof Error ? error.message : String(error)}`);
      });
      out.push({ chart, png });
      await yieldToBrowser();
    }
    return out;
  }

  async function run(kind: "deck" | "zip") {
    const start = performance.now();
    try {
      let blob: Blob;
      let count: number;
      if (kind === "deck") {
        const list = charts();
        count = list.length;
        setStatus({ tone: "busy", text: "Building the deck…" });
        await yieldToBrowser();
        blob = await buildDeck(view, view.kpis(), list, new Date());
      } else {
        const captured = await captureAll();
        count = captured.length;
        setStatus({ tone: "busy", text: "Zipping…" });
        await yieldToBrowser();
        const { default: JSZip } = await import("jszip");
        const zip = new JSZip();
        for (const { chart, png } of captured) zip.file(zipEntryName(chart.id), png.blob);
        blob = await zip.generateAsync({ type: "blob" });
      }
      downloadBlob(
        blob,
        exportFileName(`${view.dashboard}${kind === "zip" ? " charts" : ""}`, view.period, kind === "deck" ? "pptx" : "zip", view.filters),
      );
      performance.measure(`keel-export:${kind}`, { start });
      setStatus({ tone: "ok", text: `${kind === "deck" ? "Deck" : "Charts"} downloaded (${count} charts)` });
    } catch (error) {
      setStatus({ tone: "error", text: `Export failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  const button =
    "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 disabled:cursor-wait disabled:opacity-60";
  return (
    <div className="flex flex-wrap items-center justify-end gap-2" data-export-ignore>
      <span
        role="status"
        aria-live="polite"
        data-testid="export-status"
        className={`text-sm ${status?.tone === "error" ? "text-red-700" : "text-slate-600"}`}
      >
        {status?.text}
      </span>
      <button type="button" className={button} disabled={busy} onClick={() => run("deck")}>
        Export deck
      </button>
      <button type="button" className={button} disabled={busy} onClick={() => run("zip")}>
        Export all as PNG
      </button>
    </div>
  );
}
