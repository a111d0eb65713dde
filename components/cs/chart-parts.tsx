"use client";

import { formatMonthShort } from "@/lib/format";
import type { ThemeColors } from "@/components/charts/theme-colors";

/** Shared axis and tooltip styling so every CS chart reads the same. */
export function axisProps(colors: ThemeColors) {
  return {
    stroke: colors["chart-grid"],
    tick: { fill: colors["chart-axis"], fontSize: 11 },
    tickLine: false,
  } as const;
}

export const monthAxis = { dataKey: "month", tickFormatter: (m: string) => formatMonthShort(m), minTickGap: 16 } as const;

export const tooltipProps = {
  contentStyle: { fontSize: 12, borderRadius: 6, borderColor: "#e2e8f0" },
  labelStyle: { fontWeight: 600 },
} as const;

/** Legend items in the order the series are declared (Recharts sorts by name otherwise). */
export const legendProps = { wrapperStyle: { fontSize: 12 }, iconSize: 10, itemSorter: null } as const;

/** Recharts hands tooltip formatters unknown values; nulls stay "—". */
export const tip = (format: (v: number | null) => string) => (value: unknown) => format(typeof value === "number" ? value : null);
