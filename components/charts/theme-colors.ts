"use client";

/** The palette lives once, as the --chart-* variables of app/globals.css; charts refer to it by name. */
export type ThemeColorName =
  | "chart-1"
  | "chart-2"
  | "chart-3"
  | "chart-4"
  | "chart-5"
  | "chart-6"
  | "chart-7"
  | "chart-positive"
  | "chart-negative"
  | "chart-grid"
  | "chart-axis";

export const themeVar = (name: ThemeColorName) => `var(--${name})`;

/**
 * A palette colour as RRGGBB, for files that cannot hold CSS (the .pptx deck), in the light theme
 * whatever the screen shows (exports stay light). The browser resolves the variable, whatever colour
 * syntax the stylesheet uses, by painting it.
 */
export function resolveThemeHex(name: ThemeColorName): string {
  const probe = document.createElement("div");
  probe.dataset.theme = "light";
  document.body.appendChild(probe);
  const value = getComputedStyle(probe).getPropertyValue(`--${name}`).trim();
  probe.remove();
  const canvas = document.createElement("canvas");
  canvas.width = 1;
  canvas.height = 1;
  const ctx = canvas.getContext("2d");
  if (!ctx || !value) return "64748B";
  ctx.fillStyle = value;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b]
    .map((v) => v.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
}
