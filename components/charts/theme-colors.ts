"use client";

import { useEffect, useState } from "react";

/** Fallbacks equal app/globals.css, so the server render and the first paint agree. */
const DEFAULTS: Record<string, string> = {
  "chart-1": "#4f46e5",
  "chart-2": "#0ea5e9",
  "chart-3": "#10b981",
  "chart-4": "#f59e0b",
  "chart-5": "#ef4444",
  "chart-6": "#8b5cf6",
  "chart-7": "#64748b",
  "chart-positive": "#059669",
  "chart-negative": "#dc2626",
  "chart-grid": "#e2e8f0",
  "chart-axis": "#64748b",
};

export type ThemeColorName =
  | "chart-1" | "chart-2" | "chart-3" | "chart-4" | "chart-5" | "chart-6" | "chart-7"
  | "chart-positive" | "chart-negative" | "chart-grid" | "chart-axis";
export type ThemeColors = Record<ThemeColorName, string>;

/**
 * Chart colours resolved from the --chart-* CSS variables into plain colour values, so SVG
 * attributes and exported images never carry an unresolved var().
 */
export function useThemeColors(): ThemeColors {
  const [colors, setColors] = useState<ThemeColors>(DEFAULTS as ThemeColors);
  useEffect(() => {
    const style = getComputedStyle(document.documentElement);
    const resolved = { ...DEFAULTS } as ThemeColors;
    for (const name of Object.keys(DEFAULTS) as ThemeColorName[]) {
      const value = style.getPropertyValue(`--${name}`).trim();
      if (value) resolved[name] = value;
    }
    setColors(resolved);
  }, []);
  return colors;
}

export const SERIES_COLORS: readonly ThemeColorName[] = ["chart-1", "chart-2", "chart-3", "chart-4", "chart-5", "chart-6", "chart-7"];
