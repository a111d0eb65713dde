import { formatMoney, formatNumber, formatPercent, formatSigned } from "@/lib/format";
import type { Polarity } from "@/lib/metrics/catalog";

/** How a tile shows its value and its change: money changes are relative, rates in points. */
export type KpiKind = "money" | "percent" | "score" | "ratio";
export type DeltaTone = "good" | "bad" | "flat" | "none";

export function formatKpiValue(kind: KpiKind, value: number | null): string {
  if (value === null) return "—";
  if (kind === "money") return formatMoney(value, { compact: Math.abs(value) >= 100_000 });
  if (kind === "percent") return formatPercent(value, 1);
  if (kind === "score") return formatNumber(value, 0);
  return `${value.toFixed(1)}×`;
}

/** Change against the previous period: % for money (null from zero), difference otherwise. */
export function kpiDelta(kind: KpiKind, current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  if (kind === "money") return previous === 0 ? null : ((current - previous) / Math.abs(previous)) * 100;
  return current - previous;
}

const DELTA_DIGITS: Record<KpiKind, number> = { money: 1, percent: 1, score: 0, ratio: 1 };
const DELTA_UNIT: Record<KpiKind, string> = { money: "%", percent: " pp", score: "", ratio: "×" };

export function formatKpiDelta(kind: KpiKind, delta: number | null): string {
  if (delta === null) return "—";
  const digits = DELTA_DIGITS[kind];
  const rounded = Number(delta.toFixed(digits));
  return formatSigned(rounded === 0 ? 0 : delta, (v) => `${v.toFixed(digits)}${DELTA_UNIT[kind]}`);
}

/** Green when the change moves the good way; a change that rounds to zero is flat. */
export function deltaTone(kind: KpiKind, delta: number | null, polarity: Polarity): DeltaTone {
  if (delta === null) return "none";
  const rounded = Number(delta.toFixed(DELTA_DIGITS[kind]));
  if (rounded === 0 || polarity === "neutral") return "flat";
  return rounded > 0 === (polarity === "higher_is_better") ? "good" : "bad";
}
