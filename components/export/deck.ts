"use client";

import { resolveThemeHex, type ThemeColorName } from "@/components/charts/theme-colors";
import { buildPresentation, type DeckChartSlide } from "@/lib/export/deck-slides";
import type { ExportKpi, ExportView } from "./export-context";

/** The palette as the deck needs it (RRGGBB), resolved once per deck from the theme variables. */
export function themeHexResolver(): (name: string) => string {
  const cache = new Map<string, string>();
  return (name) => {
    if (!cache.has(name)) cache.set(name, resolveThemeHex(name as ThemeColorName));
    return cache.get(name)!;
  };
}

/** Title slide, headline numbers, then one native chart (or table) per chart, built from the data the cards show. */
export async function buildDeck(view: ExportView, kpis: ExportKpi[], charts: DeckChartSlide[], generatedAt: Date): Promise<Blob> {
  const { default: PptxGenJS } = await import("pptxgenjs");
  const pptx = buildPresentation(PptxGenJS, { ...view, kpis, charts, generatedAt, color: themeHexResolver() });
  return (await pptx.write({ outputType: "blob" })) as Blob;
}
