import { extent, niceTicks, tickDomain } from "@/lib/charts/nice-ticks";
import { formatMoney, formatMonth, formatMonthShort, formatPercent } from "@/lib/format";

/** Shared axis and tooltip formatting so every chart reads the same way. */
export const axisMoney = (v: number) => formatMoney(v, { compact: true });
export const axisPercent = (v: number) => `${Math.round(v)}%`;
export const axisMonth = (m: string) => formatMonthShort(m);
export const tooltipMonth = (label: unknown) =>
  typeof label === "string" && /^\d{4}-\d{2}$/.test(label) ? formatMonth(label) : String(label ?? "");
export const money = (v: unknown) => (typeof v === "number" ? formatMoney(v) : "—");
export const percent = (v: unknown) => (typeof v === "number" ? formatPercent(v, 1) : "—");
export const monthCell = (v: unknown) => (typeof v === "string" ? formatMonth(v) : "—");

/** Round-number ticks (every 5 or 10 points) around the values, always including 100 when close. */
export function percentTicks(values: readonly (number | null)[]): { domain: [number, number]; ticks: number[] } {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return { domain: [0, 100], ticks: [0, 25, 50, 75, 100] };
  const span = Math.max(...present) - Math.min(...present);
  const step = span > 60 ? 20 : span > 25 ? 10 : 5;
  const lo = Math.floor(Math.min(...present) / step) * step;
  const hi = Math.ceil(Math.max(...present) / step) * step;
  const ticks: number[] = [];
  for (let t = lo; t <= hi; t += step) ticks.push(t);
  return { domain: [lo, hi], ticks };
}

/** Round ticks over the values and 0 (and `atLeast`, if given), so the zero line is always labelled. */
export function zeroBasedTicks(values: readonly (number | null)[], atLeast = 0): { domain: [number, number]; ticks: number[] } {
  const [lo, hi] = extent(values);
  const ticks = niceTicks(Math.min(0, lo), Math.max(atLeast, hi));
  return { domain: tickDomain(ticks), ticks };
}
