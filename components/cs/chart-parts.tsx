"use client";

import { AXIS_COLOR, GRID_COLOR } from "@/components/charts/chart";
import { formatMonth, formatMonthShort } from "@/lib/format";

/** Shared axis styling so every CS chart reads the same. */
export const axis = { stroke: GRID_COLOR, tick: { fill: AXIS_COLOR, fontSize: 11 }, tickLine: false } as const;

export const monthAxis = { dataKey: "month", tickFormatter: (m: string) => formatMonthShort(m), minTickGap: 16 } as const;

export const monthLabel = (m: unknown) => formatMonth(String(m));

/** Tooltip values arrive as unknown; nulls stay "—". */
export const tip = (format: (v: number | null) => string) => (value: unknown) => format(typeof value === "number" ? value : null);
