"use client";

import { CAPTURE_STYLE_PROPERTIES } from "./capture-styles";
import type { ChartPng } from "./export-context";

const EXPORT_SCALE = 2;
const FONT_FAMILY = "Inter Variable";

function nextFrame(): Promise<void> {
  // The timeout keeps a background tab (no animation frames) from hanging an export.
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const MARKS = ".recharts-bar-rectangle path, .recharts-bar-rectangle rect, .recharts-line-curve, .recharts-area-area, [data-chart-mark]";

/** Bars, lines, areas and heatmap cells actually drawn (with a size and, for paths, a shape). */
function drawnMarks(node: HTMLElement): number {
  let count = 0;
  for (const el of node.querySelectorAll<SVGGraphicsElement | HTMLElement>(MARKS)) {
    if (el instanceof SVGPathElement && !el.getAttribute("d")) continue;
    const box = el.getBoundingClientRect();
    if (box.width > 0 || box.height > 0) count++;
  }
  return count;
}

/**
 * Waits until the frame exists, the app font is loaded, the chart's marks are drawn and its markup
 * stops changing (Recharts measures, then lays out again). A chart with data whose marks never
 * appear is an error, so an export never reports success for an image with axes only.
 */
export async function waitForStable(
  getNode: () => HTMLElement | null,
  { expectMarks = false, timeoutMs = 3000 } = {},
): Promise<HTMLElement> {
  const deadline = performance.now() + timeoutMs;
  let node = getNode();
  while (!node && performance.now() < deadline) {
    await nextFrame();
    node = getNode();
  }
  if (!node) throw new Error("The chart did not render for export.");
  await document.fonts.load(`11px "${FONT_FAMILY}"`).catch(() => undefined);
  await document.fonts.ready;
  let mutated = true;
  const observer = new MutationObserver(() => {
    mutated = true;
  });
  observer.observe(node, { subtree: true, childList: true, attributes: true, characterData: true });
  let marks = 0;
  try {
    while (performance.now() < deadline) {
      const sized = [...node.querySelectorAll(".recharts-wrapper")].every(
        (w) => (w.querySelector("svg")?.getBoundingClientRect().width ?? 0) > 0,
      );
      marks = expectMarks ? drawnMarks(node) : 1;
      if (sized && marks > 0 && !mutated) break;
      mutated = false;
      await nextFrame();
    }
  } finally {
    observer.disconnect();
  }
  if (marks === 0)
    throw new Error("the chart came out empty (axes but no bars or lines); nothing was exported. Try again, or download its data as CSV.");
  return node;
}

/** How far the frame's widest scrolling box (e.g. the cohort grid) overflows, so the frame can widen instead of clipping. */
export function overflowWidth(node: HTMLElement): number {
  let extra = 0;
  for (const el of node.querySelectorAll<HTMLElement>("*")) {
    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== "visible")
      extra = Math.max(extra, el.scrollWidth - el.clientWidth);
  }
  return extra;
}

let fontCss: Promise<string | undefined> | null = null;

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** The app font's Latin @font-face rules with the files inlined, built once and reused for every capture. */
async function buildFontCss(): Promise<string | undefined> {
  const rules: { css: string; url: string }[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let cssRules: CSSRuleList;
    try {
      cssRules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(cssRules)) {
      if (!(rule instanceof CSSFontFaceRule) || !rule.style.getPropertyValue("font-family").includes(FONT_FAMILY)) continue;
      const src = rule.style.getPropertyValue("src");
      const match = /url\(["']?([^"')]+)["']?\)/.exec(src);
      if (match && /latin/.test(match[1])) rules.push({ css: rule.cssText, url: new URL(match[1], sheet.href ?? location.href).href });
    }
  }
  if (rules.length === 0) return undefined;
  const inlined = await Promise.all(
    rules.map(async ({ css, url }) => {
      const dataUrl = await blobToDataUrl(await (await fetch(url)).blob());
      return css.replace(/url\([^)]*\)/, `url("${dataUrl}")`);
    }),
  );
  return inlined.join("\n");
}

function embeddedFontCss(): Promise<string | undefined> {
  fontCss ??= buildFontCss().catch(() => {
    fontCss = null;
    return undefined;
  });
  return fontCss;
}

/** The export frame as a PNG at 2× on its own background (white unless a dark image was asked for); anything marked data-export-ignore is left out. */
export async function captureNode(node: HTMLElement): Promise<ChartPng> {
  const cssText = await embeddedFontCss();
  // Loaded on the first export, so a dashboard does not ship the capture library until it is used.
  const { domToBlob } = await import("modern-screenshot");
  const blob = await domToBlob(node, {
    scale: EXPORT_SCALE,
    backgroundColor: node.dataset.theme === "dark" ? getComputedStyle(node).backgroundColor : "#ffffff",
    type: "image/png",
    filter: (el) => !(el instanceof Element && el.hasAttribute("data-export-ignore")),
    font: cssText ? { cssText } : undefined,
    includeStyleProperties: CAPTURE_STYLE_PROPERTIES,
  });
  return { blob, width: Math.round(node.offsetWidth * EXPORT_SCALE), height: Math.round(node.offsetHeight * EXPORT_SCALE) };
}
