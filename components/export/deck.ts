"use client";

import { fitImage, SLIDE, tileGrid } from "@/lib/export/deck-layout";
import { dataThroughText, exportFootnote, exportSubtitle, generatedOnText } from "@/lib/export/labels";
import type { ExportKpi, ExportView } from "./export-context";

export interface DeckChart {
  title: string;
  definition: string;
  dataUrl: string;
  width: number;
  height: number;
}

const FONT = "Arial";
const INK = "0F172A";
const MUTED = "64748B";
const TONE_COLOR: Record<NonNullable<ExportKpi["tone"]>, string> = { good: "047857", bad: "B91C1C", flat: MUTED, none: "94A3B8" };

/** Title slide, headline-numbers slide, then one 16:9 slide per chart image (footnote baked in, and in the notes). */
export async function buildDeck(view: ExportView, kpis: ExportKpi[], charts: DeckChart[], generatedAt: Date): Promise<Blob> {
  const { default: PptxGenJS } = await import("pptxgenjs");
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_16x9";
  pptx.title = `${view.dashboard} · Customer metrics`;
  const subtitle = exportSubtitle(view.period, view.filters);

  const title = pptx.addSlide();
  title.addText(view.dashboard, { x: 0.7, y: 1.4, w: 8.6, h: 0.4, fontFace: FONT, fontSize: 16, bold: true, color: "4F46E5" });
  title.addText("Customer metrics", { x: 0.7, y: 1.85, w: 8.6, h: 0.9, fontFace: FONT, fontSize: 40, bold: true, color: INK });
  title.addText(subtitle, { x: 0.7, y: 2.85, w: 8.6, h: 0.45, fontFace: FONT, fontSize: 18, color: "475569" });
  title.addText(`${dataThroughText(view.dataThrough)} · ${generatedOnText(generatedAt)}`, { x: 0.7, y: 3.4, w: 8.6, h: 0.35, fontFace: FONT, fontSize: 12, color: MUTED });

  const summary = pptx.addSlide();
  summary.addText("Headline numbers", { x: 0.5, y: 0.3, w: 9, h: 0.5, fontFace: FONT, fontSize: 24, bold: true, color: INK });
  summary.addText(subtitle, { x: 0.5, y: 0.8, w: 9, h: 0.3, fontFace: FONT, fontSize: 12, color: MUTED });
  const dense = kpis.length > 16;
  const boxes = tileGrid(kpis.length, { x: 0.5, y: 1.25, w: 9, h: SLIDE.height - 1.6 }, dense ? 6 : 4, dense ? 0.1 : 0.15);
  kpis.forEach((kpi, i) => {
    const b = boxes[i];
    summary.addShape(pptx.ShapeType.roundRect, { x: b.x, y: b.y, w: b.w, h: b.h, fill: { color: "F8FAFC" }, line: { color: "E2E8F0", width: 0.75 }, rectRadius: 0.06 });
    const rows = [
      { text: kpi.label, options: { fontSize: dense ? 8 : 10, color: MUTED, breakLine: true } },
      { text: kpi.value, options: { fontSize: dense ? 15 : 22, bold: true, color: INK, breakLine: Boolean(kpi.change) } },
      ...(kpi.change ? [{ text: kpi.change, options: { fontSize: dense ? 7 : 9, color: TONE_COLOR[kpi.tone ?? "flat"] } }] : []),
    ];
    summary.addText(rows, { x: b.x + 0.05, y: b.y, w: b.w - 0.1, h: b.h, fontFace: FONT, valign: "middle", margin: 4, fit: "shrink" });
  });

  for (const chart of charts) {
    const slide = pptx.addSlide();
    const box = fitImage(chart.width, chart.height, { x: 0.3, y: 0.2, w: SLIDE.width - 0.6, h: SLIDE.height - 0.4 });
    slide.addImage({ data: chart.dataUrl, ...box, altText: chart.title });
    slide.addNotes(`${chart.title}. ${exportFootnote(chart.definition, view.dataThrough)}`);
  }
  return (await pptx.write({ outputType: "blob" })) as Blob;
}
