/** Display formatting: the API never rounds; only the UI does, here. */

import { UNASSIGNED_SEGMENT } from "@/lib/domain/types";

const EM_DASH = "—";

export function formatMoney(value: number | null | undefined, options: { compact?: boolean; currency?: string } = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EM_DASH;
  const { compact = false, currency = "USD" } = options;
  const cents = Math.abs(value) < 1000 && Math.round(value * 100) % 100 !== 0;
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency,
    notation: compact ? "compact" : "standard",
    maximumFractionDigits: compact ? 1 : cents ? 2 : 0,
    minimumFractionDigits: compact ? 0 : cents ? 2 : 0,
  }).format(value);
}

export function formatPercent(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EM_DASH;
  return `${value.toFixed(digits)}%`;
}

export function formatNumber(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EM_DASH;
  return new Intl.NumberFormat("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

/** Always `digits` decimals ("28.0", not "28"), so a column of them lines up on the decimal point. */
export function formatFixed(value: number | null | undefined, digits: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EM_DASH;
  return new Intl.NumberFormat("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

export function formatSigned(value: number | null | undefined, format: (v: number) => string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EM_DASH;
  return `${value > 0 ? "+" : value < 0 ? "−" : "±"}${format(Math.abs(value))}`;
}

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** 2024-03 -> "Mar 2024" */
export function formatMonth(month: string): string {
  const [year, m] = month.split("-");
  return `${MONTH_NAMES[Number(m) - 1] ?? m} ${year}`;
}

/** 2024-03 -> "Mar 24" for chart axes. */
export function formatMonthShort(month: string): string {
  const [year, m] = month.split("-");
  return `${MONTH_NAMES[Number(m) - 1] ?? m} ${year?.slice(2)}`;
}

/** An instant in the reader's own time zone, e.g. "2 Dec 2026, 13:42". */
export function formatLocalDateTime(instant: number | string): string {
  return new Date(instant).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
}

export function formatPeriod(period: { from: string; to: string }): string {
  return period.from === period.to ? formatMonth(period.from) : `${formatMonth(period.from)} – ${formatMonth(period.to)}`;
}

/** What people read for customers without a segment; the API and the `segment` parameter keep "Unassigned". */
const NO_SEGMENT_LABEL = "No segment";

export function segmentLabel(segment: string): string {
  return segment === UNASSIGNED_SEGMENT ? NO_SEGMENT_LABEL : segment;
}
