"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { chartCsv, type CsvColumn } from "@/lib/export/csv";
import { exportFileName, slugify } from "@/lib/export/file-names";
import type { ChartPng, ExportTheme } from "./export-context";
import { useExportContext } from "./export-context";
import { useIsAdmin } from "@/components/auth/user-context";
import { AnnotationForm } from "./annotation-form";
import { canCopyImage, copyImage, downloadBlob } from "./download";

export interface ChartExportMenuProps {
  chartId: string;
  title: string;
  table: { columns: CsvColumn[]; rows: Record<string, unknown>[] };
  toPng: (theme?: ExportTheme) => Promise<ChartPng>;
}

type Status = { tone: "ok" | "error" | "busy"; text: string } | null;

/** The card header's Export button: PNG, copy image, CSV. Arrow keys move between items, Escape closes. */
export function ChartExportMenu({ chartId, title, table, toPng }: ChartExportMenuProps) {
  const view = useExportContext()?.view;
  const [open, setOpen] = useState(false);
  const [annotating, setAnnotating] = useState(false);
  const isAdmin = useIsAdmin();
  const [status, setStatus] = useState<Status>(null);
  const [copySupported, setCopySupported] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => setCopySupported(canCopyImage()), []);
  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLButtonElement>("[role=menuitem]:not([disabled])")?.focus();
    const close = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node) && event.target !== buttonRef.current) setOpen(false);
    };
    document.addEventListener("pointerdown", close);
    return () => document.removeEventListener("pointerdown", close);
  }, [open]);
  useEffect(() => {
    if (status?.tone !== "ok") return;
    const timer = setTimeout(() => setStatus(null), 3000);
    return () => clearTimeout(timer);
  }, [status]);

  const fileName = (ext: "png" | "csv") =>
    view ? exportFileName(`${view.dashboard} ${chartId}`, view.period, ext, view.filters) : `keel-${slugify(chartId)}.${ext}`;

  async function run(action: "png" | "png-dark" | "copy" | "csv") {
    setOpen(false);
    buttonRef.current?.focus();
    try {
      if (action === "csv") {
        downloadBlob(new Blob(["\uFEFF", chartCsv(table.columns, table.rows)], { type: "text/csv;charset=utf-8" }), fileName("csv"));
        setStatus({ tone: "ok", text: "CSV downloaded" });
      } else if (action === "png") {
        setStatus({ tone: "busy", text: "Rendering…" });
        downloadBlob((await toPng()).blob, fileName("png"));
        setStatus({ tone: "ok", text: "PNG downloaded" });
      } else if (action === "png-dark") {
        setStatus({ tone: "busy", text: "Rendering…" });
        downloadBlob((await toPng("dark")).blob, fileName("png").replace(/\.png$/, "-dark.png"));
        setStatus({ tone: "ok", text: "Dark PNG downloaded" });
      } else {
        setStatus({ tone: "busy", text: "Copying…" });
        await copyImage(toPng().then((png) => png.blob));
        setStatus({ tone: "ok", text: "Image copied" });
      }
    } catch (error) {
      setStatus({
        tone: "error",
        text: `${action === "copy" ? "Could not copy" : "Export failed"}: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const items = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>("[role=menuitem]:not([disabled])") ?? [])];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => items[(to + items.length) % items.length]?.focus();
    if (event.key === "ArrowDown") move(index + 1);
    else if (event.key === "ArrowUp") move(index - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(items.length - 1);
    else if (event.key === "Escape" || event.key === "Tab") {
      setOpen(false);
      if (event.key === "Escape") buttonRef.current?.focus();
      return;
    } else return;
    event.preventDefault();
  }

  const item =
    "block w-full px-3 py-1.5 text-left text-xs text-slate-700 hover:bg-slate-50 focus:bg-indigo-50 focus:outline-none disabled:cursor-not-allowed disabled:text-slate-400";
  return (
    <div className="relative flex items-center gap-2">
      <span
        role="status"
        aria-live="polite"
        data-testid="chart-export-status"
        className={`text-xs ${status?.tone === "error" ? "text-red-700" : "text-slate-500"}`}
      >
        {status?.text}
      </span>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`Export ${title}`}
        onClick={() => setOpen((v) => !v)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
          }
        }}
        className="rounded border border-slate-200 px-2 py-0.5 text-xs text-slate-600 hover:bg-slate-50"
      >
        Export
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={`Export ${title}`}
          onKeyDown={onMenuKeyDown}
          className="absolute right-0 top-full z-30 mt-1 w-40 rounded-md border border-slate-200 bg-white py-1 shadow-lg"
        >
          <button type="button" role="menuitem" tabIndex={-1} className={item} onClick={() => run("png")}>
            Download PNG
          </button>
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            className={item}
            disabled={!copySupported}
            title={copySupported ? undefined : "This browser does not allow copying images"}
            onClick={() => run("copy")}
          >
            Copy image
          </button>
          <button type="button" role="menuitem" tabIndex={-1} className={item} onClick={() => run("csv")}>
            Download CSV
          </button>
          <button type="button" role="menuitem" tabIndex={-1} className={item} onClick={() => run("png-dark")}>
            Download dark PNG
          </button>
          {isAdmin && view && (
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={item}
              onClick={() => {
                setOpen(false);
                setAnnotating(true);
              }}
            >
              Add annotation…
            </button>
          )}
        </div>
      )}
      {annotating && view && (
        <AnnotationForm
          defaultDate={`${view.period.to}-01`}
          segment={view.filters.segment}
          onDone={(message) => {
            setAnnotating(false);
            if (message) setStatus({ tone: "ok", text: message });
            buttonRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}
