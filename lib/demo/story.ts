/**
 * One customer's simulated history: profile, subscription runs (with expansions, contractions,
 * an add-on, churn and reactivation) and a latent monthly health that drives usage, tickets and
 * surveys. Each customer has its own PRNG stream, so customers are generated independently.
 */
import type { BillingPeriod } from "../domain/types";
import {
  ADD_ON_PLAN,
  amountFor,
  billingFor,
  CHANNELS_BY_SEGMENT,
  companyName,
  initialPrice,
  planForPrice,
  roundPrice,
  type Plan,
  type SegmentCell,
} from "./catalog";
import { clamp, mixSeed, Rng } from "./random";
import type { World } from "./world";
import { dayMs, MS_PER_DAY, monthOf } from "./time";

export interface SubSpan {
  plan: string;
  amount: number;
  billing: BillingPeriod;
  /** 00:00Z of start_date / end_date (first day without service; null = active). */
  start: number;
  end: number | null;
}

export interface Run {
  start: number;
  /** 00:00Z of the churn date, when the run churned inside the data window. */
  churn: number | null;
  firstExpansion: number | null;
}

export interface Story {
  index: number;
  id: string;
  name: string;
  segment: SegmentCell;
  plan: Plan;
  csm: string;
  channel: string;
  signup: number;
  seatsBlank: boolean;
  stuck: "onboarding" | "implementation" | null;
  subs: SubSpan[];
  runs: Run[];
  /** Per window month (index 0 = first month): month-end MRR, main list price, latent health 0..1. */
  mrr: Float64Array;
  price: Float64Array;
  health: Float64Array;
}

/** Months past the window we still simulate, so customers about to churn look at risk at the end. */
const LOOKAHEAD = 6;
const HAZARD: Record<SegmentCell, number> = { SMB: 0.026, "Mid-Market": 0.013, Enterprise: 0.007, "": 0.026 };
const EXPANSION: Record<SegmentCell, number> = { SMB: 0.012, "Mid-Market": 0.026, Enterprise: 0.032, "": 0.01 };

interface Forced {
  segment?: SegmentCell;
  churnAfter?: number;
  startDay?: number;
  billing?: BillingPeriod;
  changes?: Record<number, number>;
  noReactivation?: boolean;
}

/** A few hand-placed edge cases in every data set big enough to hold them. */
function forcedFor(index: number, customers: number): Forced {
  if (customers < 30) return {};
  if (index === 3) return { segment: "SMB", churnAfter: 1, billing: "month", noReactivation: true }; // signup and churn close together
  if (index === 9) return { churnAfter: 7, startDay: 1, billing: "month", noReactivation: true }; // ends on the 1st
  if (index === 14) return { changes: { 4: 1.5, 12: 0.7 }, billing: "month" }; // expansion, later contraction
  return {};
}

function sampleChurn(r: Rng, start: number, horizon: number, billing: BillingPeriod, hazard: number): number | null {
  for (let k = 1; start + k < horizon; k++) {
    if (billing === "year" && k % 12 !== 0) continue;
    if (billing === "quarter" && k % 3 !== 0) continue;
    const h = hazard * (k <= 6 ? 1.5 : 1);
    const p = billing === "year" ? 1 - (1 - h) ** 12 * 0.97 : billing === "quarter" ? 1 - (1 - h) ** 3 : h;
    if (r.chance(p)) return start + k;
  }
  return null;
}

export function simulateCustomer(world: World, index: number): Story {
  const r = new Rng(mixSeed(world.seed, index + 1));
  const M = world.months;
  const forced = forcedFor(index, world.customers);
  const first = world.acquisitionMonth(index);
  const segment = forced.segment ?? world.segmentFor(index, first, r);
  const channelKey = segment === "" ? "SMB" : segment;
  const channel = r.chance(0.03) ? "" : r.weighted(CHANNELS_BY_SEGMENT[channelKey]);
  const csmPool = world.csms[channelKey];
  const csm = (segment === "SMB" && r.chance(0.12)) || (segment === "" && r.chance(0.5)) ? "" : r.pick(csmPool);
  const name = companyName(r, index);
  const stuck = r.chance(0.12) ? (r.chance(0.5) ? "onboarding" : "implementation") : null;

  const mrr = new Float64Array(M);
  const price = new Float64Array(M);
  const health = new Float64Array(M);
  const subs: SubSpan[] = [];
  const runs: Run[] = [];
  const abs = (i: number) => world.firstMonth + i;
  let signup = 0;
  let lastPlan: Plan = "Starter";
  let seatsBlank = false;

  let start = first;
  for (let runNo = 0; runNo < 3 && start < M; runNo++) {
    const billing = forced.billing ?? billingFor(r, segment);
    let p = initialPrice(r, segment);
    if (runNo === 0) seatsBlank = planForPrice(p) === "Starter" ? r.chance(0.4) : r.chance(0.05);
    const startDay = forced.startDay ?? (r.chance(0.2) ? 1 : r.int(2, 28));
    const startMs = dayMs(abs(start), startDay);
    if (runNo === 0) signup = startMs - r.int(3, 35) * MS_PER_DAY;
    const h0 = clamp(r.normal(runNo === 0 ? 0.76 : 0.66, 0.13), 0.2, 0.97);
    const hazard = HAZARD[segment] * (0.5 + (1 - h0) * 1.6);
    let churn = forced.churnAfter !== undefined ? start + forced.churnAfter : sampleChurn(r, start, M + LOOKAHEAD, billing, hazard);
    if (churn !== null && churn >= M + LOOKAHEAD) churn = null;
    const declineMonths = churn !== null && r.chance(0.9) ? r.int(3, 6) : 0;
    const run: Run = { start: startMs, churn: null, firstExpansion: null };
    runs.push(run);

    let main: SubSpan = { plan: planForPrice(p), amount: amountFor(p, billing), billing, start: startMs, end: null };
    subs.push(main);
    const addOnAt = p >= 1350 && r.chance(0.25) ? start + r.int(3, 15) : -1;
    let addOn: SubSpan | null = null;
    let addOnEnd = -1;
    let h = h0;
    let slumpLeft = 0;
    const stop = Math.min(churn ?? M, M);
    for (let i = start; i < stop; i++) {
      // A slump (lost champion, failed rollout) drags health down for a few months; most recover.
      if (slumpLeft > 0) slumpLeft--;
      else if (i > start + 2 && r.chance(0.03)) slumpLeft = r.int(3, 8);
      const target = slumpLeft > 0 ? 0.05 : h0;
      h = clamp(h + (slumpLeft > 0 ? 0.6 : 0.25) * (target - h) + r.normal(0, 0.05), 0.02, 0.99);
      let hm = h;
      if (churn !== null && declineMonths > 0 && i >= churn - declineMonths) {
        const progress = (i - (churn - declineMonths) + 1) / (declineMonths + 1);
        hm = clamp(h * (1 - progress) + 0.12 * progress + r.normal(0, 0.03), 0.02, 0.99);
      }
      health[i] = hm;
      if (i > start + 1) {
        const declining = churn !== null && declineMonths > 0 && i >= churn - declineMonths;
        let factor = forced.changes?.[i - start] ?? 0;
        if (!factor && !forced.changes) {
          const pExp = declining ? 0 : EXPANSION[segment] * (hm > 0.6 ? 1.3 : hm > 0.45 ? 0.6 : 0.1);
          const pCon = declining ? 0.07 : 0.003 + (hm < 0.45 ? 0.03 : 0);
          const roll = r.next();
          if (roll < pExp) factor = r.uniform(1.12, 1.5);
          else if (roll < pExp + pCon) factor = r.uniform(0.6, 0.88);
        }
        const next = factor ? roundPrice(p * factor) : p;
        if (next !== p) {
          const at = dayMs(abs(i), r.int(1, 28));
          main.end = at;
          main = { plan: planForPrice(next), amount: amountFor(next, billing), billing, start: at, end: null };
          subs.push(main);
          if (next > p && run.firstExpansion === null) run.firstExpansion = at;
          p = next;
        }
      }
      if (i === addOnAt) {
        const addOnBilling: BillingPeriod = billing === "year" ? "year" : "month";
        addOn = {
          plan: ADD_ON_PLAN,
          amount: amountFor(roundPrice(p * r.uniform(0.12, 0.22)), addOnBilling),
          billing: addOnBilling,
          start: dayMs(abs(i), r.int(1, 28)),
          end: null,
        };
        subs.push(addOn);
        if (run.firstExpansion === null) run.firstExpansion = addOn.start;
        if (r.chance(0.3)) addOnEnd = i + r.int(4, 12);
      }
      if (addOn && i === addOnEnd && addOn.end === null) addOn.end = dayMs(abs(i), r.int(1, 28));
      price[i] = p;
    }
    lastPlan = planForPrice(p);
    if (churn === null || churn >= M) break;
    const churnMs = dayMs(abs(churn), Math.min(startDay, 28));
    run.churn = churnMs;
    for (const s of subs) if (s.end === null) s.end = churnMs;
    if (forced.noReactivation || !r.chance(segment === "Enterprise" ? 0.08 : 0.14)) break;
    start = churn + r.int(3, 10);
  }

  for (const s of subs) {
    const from = monthOf(s.start) - world.firstMonth;
    const to = (s.end === null ? world.lastMonth + 1 : monthOf(s.end)) - world.firstMonth;
    const m = s.billing === "year" ? s.amount / 12 : s.billing === "quarter" ? s.amount / 3 : s.amount;
    for (let i = Math.max(0, from); i < Math.min(M, to); i++) mrr[i] += m;
  }
  return {
    index,
    id: world.customerId(index),
    name,
    segment,
    plan: lastPlan,
    csm,
    channel,
    signup,
    seatsBlank,
    stuck,
    subs,
    runs,
    mrr,
    price,
    health,
  };
}
