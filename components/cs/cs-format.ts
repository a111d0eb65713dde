import { formatFixed, formatMoney, formatNumber, formatPercent } from "@/lib/format";

/** The CS dashboard's number formats; the e2e test formats API values with these too. */
export const fmt = {
  money: (v: number | null | undefined) => (v == null ? "—" : formatMoney(v, { compact: Math.abs(v) >= 100_000 })),
  moneyFull: (v: number | null | undefined) => formatMoney(v),
  pct: (v: number | null | undefined) => formatPercent(v, 1),
  score: (v: number | null | undefined) => formatNumber(v, 0),
  decimal: (v: number | null | undefined) => formatFixed(v, 1),
  count: (v: number | null | undefined) => formatNumber(v, 0),
  hours: (v: number | null | undefined) => (v == null ? "—" : `${formatNumber(v, 1)} h`),
  days: (v: number | null | undefined) => (v == null ? "—" : `${formatNumber(v, 0)} d`),
};

export const STAGE_LABELS: Record<string, string> = {
  awareness: "Awareness",
  acquisition: "Acquisition",
  onboarding: "Onboarding",
  implementation: "Implementation",
  early_adoption: "Early adoption",
  growth: "Growth",
  retention: "Retention",
  churn: "Churn",
};

export const FACTOR_LABELS: Record<string, string> = {
  usage: "Usage",
  support: "Support",
  sentiment: "Sentiment",
  usage_trend: "Usage trend",
  lifecycle: "Lifecycle progress",
  mrr_trend: "MRR trend",
};

export const asNumber = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** Typed rows handed to ChartCard's table alternative. */
export const tableRows = <T extends object>(rows: readonly T[]) => rows as unknown as Record<string, unknown>[];
