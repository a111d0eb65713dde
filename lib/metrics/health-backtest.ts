import { indexToMonth, type MonthIndex } from "@/lib/domain/months";
import { HEALTH_FACTORS, type HealthFactor, type HealthSettings, type Month } from "@/lib/domain/types";
import { healthBand, healthFactors, weightedScore, type HealthBand, type HealthInputs } from "./health";
import { mrrColumn } from "./mrr";
import type { PreparedDataset } from "./prepare";
import { pct } from "./ratio";

/** A customer scored at the end of month m is followed through the snapshots of m+1 .. m+3 (about 90 days). */
export const FOLLOW_UP_MONTHS = 3;
const F = HEALTH_FACTORS.length;
const BANDS: readonly HealthBand[] = ["at_risk", "watch", "healthy"];

/** One row per customer active at the end of a back-tested month: its factors then, and what followed. */
export interface BacktestSample {
  months: Month[];
  /** Index into `months` per observation. */
  month: Int32Array;
  factors: Float64Array;
  /** MRR 0 at one of the next FOLLOW_UP_MONTHS snapshots. */
  churned: Uint8Array;
  /** Not churned, and MRR at the last follow-up snapshot below MRR at the scored month. */
  contracted: Uint8Array;
}

export interface BacktestBand {
  band: HealthBand;
  /** Customer-months scored in this band. */
  customers: number;
  churned: number;
  churn_rate: number | null;
  contracted: number;
  contraction_rate: number | null;
}

export interface BacktestMonth {
  month: Month;
  customers: number;
  at_risk: number;
  churned: number;
  churn_rate: number | null;
}

export interface BacktestResult {
  /** Probability that a churner scored lower than a non-churner (ties count half); null without both. */
  auc: number | null;
  bands: BacktestBand[];
  /** At-risk churn rate ÷ overall churn rate. */
  lift: number | null;
  months: BacktestMonth[];
  customers: number;
  churned: number;
  churn_rate: number | null;
  follow_up_months: number;
  weights: Record<HealthFactor, number>;
}

/** Back-tested months: from the first month with an active customer to the last one whose three follow-up months have data. */
export function backtestMonths(p: PreparedDataset): [MonthIndex, MonthIndex] | null {
  if (p.latestMonth === null) return null;
  let first = Number.POSITIVE_INFINITY;
  for (const m of p.mrr.firstActive) if (m >= 0 && m < first) first = m;
  const last = p.latestMonth - FOLLOW_UP_MONTHS;
  return Number.isFinite(first) && first <= last ? [first, last] : null;
}

export function buildBacktestSample(p: PreparedDataset, inputs: HealthInputs): BacktestSample {
  const range = backtestMonths(p);
  const months: Month[] = [];
  const month: number[] = [];
  const factors: number[] = [];
  const churned: number[] = [];
  const contracted: number[] = [];
  if (range) {
    for (let m = range[0]; m <= range[1]; m++) {
      const now = mrrColumn(p.mrr, m);
      const follow = Array.from({ length: FOLLOW_UP_MONTHS }, (_, k) => mrrColumn(p.mrr, m + k + 1));
      const label = indexToMonth(m);
      months.push(label);
      for (let c = 0; c < p.customers.length; c++) {
        if (now[c] <= 0) continue;
        const f = healthFactors(p.customers[c].customerId, inputs, label);
        for (const key of HEALTH_FACTORS) factors.push(f[key]);
        const gone = follow.some((col) => col[c] <= 0);
        month.push(months.length - 1);
        churned.push(gone ? 1 : 0);
        contracted.push(!gone && follow[FOLLOW_UP_MONTHS - 1][c] < now[c] ? 1 : 0);
      }
    }
  }
  return {
    months,
    month: Int32Array.from(month),
    factors: Float64Array.from(factors),
    churned: Uint8Array.from(churned),
    contracted: Uint8Array.from(contracted),
  };
}

const memo = new WeakMap<PreparedDataset, BacktestSample>();

/** The sample depends only on the data, so it is built once per prepared dataset; weights only re-weigh it. */
export function backtestSampleOf(p: PreparedDataset, inputs: HealthInputs): BacktestSample {
  let sample = memo.get(p);
  if (!sample) memo.set(p, (sample = buildBacktestSample(p, inputs)));
  return sample;
}

/** Mann-Whitney with mid-ranks: P(churner's score < non-churner's score) + half the ties. */
export function rocAuc(scores: ArrayLike<number>, churned: ArrayLike<number>): number | null {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let stayers = 0;
  let rankSum = 0;
  for (let i = 0; i < n;) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]] === scores[order[i]]) j++;
    const midRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (!churned[order[k]]) {
        stayers++;
        rankSum += midRank;
      }
    }
    i = j + 1;
  }
  const churners = n - stayers;
  if (churners === 0 || stayers === 0) return null;
  return (rankSum - (stayers * (stayers + 1)) / 2) / (stayers * churners);
}

export function backtestHealth(sample: BacktestSample, settings: HealthSettings): BacktestResult {
  const n = sample.churned.length;
  const scores = new Float64Array(n);
  const bands = new Map(BANDS.map((band) => [band, { band, customers: 0, churned: 0, contracted: 0 }]));
  const months = sample.months.map((month) => ({ month, customers: 0, at_risk: 0, churned: 0 }));
  const factors = {} as Record<HealthFactor, number>;
  let churned = 0;
  for (let i = 0; i < n; i++) {
    HEALTH_FACTORS.forEach((key, k) => (factors[key] = sample.factors[i * F + k]));
    const score = weightedScore(factors, settings.weights);
    scores[i] = score;
    const band = bands.get(healthBand(score, settings))!;
    const row = months[sample.month[i]];
    band.customers++;
    row.customers++;
    if (band.band === "at_risk") row.at_risk++;
    if (sample.churned[i]) {
      band.churned++;
      row.churned++;
      churned++;
    }
    band.contracted += sample.contracted[i];
  }
  const churnRate = pct(churned, n);
  const bandRows = [...bands.values()].map((b) => ({
    band: b.band,
    customers: b.customers,
    churned: b.churned,
    churn_rate: pct(b.churned, b.customers),
    contracted: b.contracted,
    contraction_rate: pct(b.contracted, b.customers),
  }));
  const atRiskRate = bandRows[0].churn_rate;
  return {
    auc: rocAuc(scores, sample.churned),
    bands: bandRows,
    lift: atRiskRate === null || !churnRate ? null : atRiskRate / churnRate,
    months: months.map((m) => ({ ...m, churn_rate: pct(m.churned, m.customers) })),
    customers: n,
    churned,
    churn_rate: churnRate,
    follow_up_months: FOLLOW_UP_MONTHS,
    weights: settings.weights,
  };
}
