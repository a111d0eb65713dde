import { MS_PER_DAY, dateToMs } from "@/lib/domain/months";
import { LIFECYCLE_STAGES, type Customer, type LifecycleEvent, type LifecycleStage } from "@/lib/domain/types";
import { CHURN_INDEX, EARLY_ADOPTION_INDEX, currentStageOf, stageIndex } from "./lifecycle-stages";
import { median, pct } from "./stats";

export interface FunnelRow {
  stage: LifecycleStage;
  reached: number;
  conversion: number | null;
  median_days_in_stage: number | null;
  current: number;
}

const RETENTION_INDEX = CHURN_INDEX - 1;

/** First entry per stage index (NaN = never). */
function firstEntries(events: readonly LifecycleEvent[]): number[] {
  const first = new Array<number>(LIFECYCLE_STAGES.length).fill(Number.NaN);
  for (const e of events) {
    const i = stageIndex(e.stage);
    if (!(first[i] <= e.enteredAt)) first[i] = e.enteredAt;
  }
  return first;
}

/** Days from the first entry into k to the first entry into a later non-churn stage dated at or after it. */
function daysInStage(events: readonly LifecycleEvent[], k: number, enteredK: number): number | null {
  let next = Number.POSITIVE_INFINITY;
  for (const e of events) {
    const i = stageIndex(e.stage);
    if (i > k && i < CHURN_INDEX && e.enteredAt >= enteredK && e.enteredAt < next) next = e.enteredAt;
  }
  return Number.isFinite(next) ? (next - enteredK) / MS_PER_DAY : null;
}

/**
 * Seven funnel stages in order, then churn. The cohort is the customers among `customerIds` whose
 * earliest event (churn included) is in [startMs, endMs); `current` counts every one of `customerIds` with an event.
 */
export function lifecycleFunnel(
  eventsByCustomer: ReadonlyMap<string, readonly LifecycleEvent[]>,
  customerIds: Iterable<string>,
  startMs: number,
  endMs: number,
): FunnelRow[] {
  const n = LIFECYCLE_STAGES.length;
  const reached = new Array<number>(n).fill(0);
  const current = new Array<number>(n).fill(0);
  const days: number[][] = Array.from({ length: n }, () => []);
  for (const id of new Set(customerIds)) {
    const events = eventsByCustomer.get(id);
    const now = events ? currentStageOf(events) : null;
    if (!events || !now) continue;
    current[stageIndex(now.stage)]++;
    const first = firstEntries(events);
    const earliest = Math.min(...first.filter((t) => !Number.isNaN(t)));
    if (earliest < startMs || earliest >= endMs) continue;
    let later = false;
    for (let k = RETENTION_INDEX; k >= 0; k--) {
      later ||= !Number.isNaN(first[k]);
      if (later) reached[k]++;
    }
    if (!Number.isNaN(first[CHURN_INDEX])) reached[CHURN_INDEX]++;
    for (let k = 0; k < RETENTION_INDEX; k++) {
      if (Number.isNaN(first[k])) continue;
      const d = daysInStage(events, k, first[k]);
      if (d !== null) days[k].push(d);
    }
  }
  return LIFECYCLE_STAGES.map((stage, k) => ({
    stage,
    reached: reached[k],
    conversion: k === 0 || k === CHURN_INDEX ? null : pct(reached[k], reached[k - 1]),
    median_days_in_stage: k >= RETENTION_INDEX ? null : median(days[k]),
    current: current[k],
  }));
}

/**
 * Median days from signup_date 00:00Z to the first event at early_adoption or any later non-churn
 * stage, over `customers` who signed up in [startMs, endMs) and have such an event.
 */
export function timeToValueDays(
  customers: readonly Customer[],
  eventsByCustomer: ReadonlyMap<string, readonly LifecycleEvent[]>,
  startMs: number,
  endMs: number,
): number | null {
  const days: number[] = [];
  const seen = new Set<string>();
  for (const c of customers) {
    if (seen.has(c.customerId)) continue;
    seen.add(c.customerId);
    const signup = dateToMs(c.signupDate);
    if (signup < startMs || signup >= endMs) continue;
    let value = Number.POSITIVE_INFINITY;
    for (const e of eventsByCustomer.get(c.customerId) ?? []) {
      const i = stageIndex(e.stage);
      if (i >= EARLY_ADOPTION_INDEX && i < CHURN_INDEX && e.enteredAt < value) value = e.enteredAt;
    }
    if (Number.isFinite(value)) days.push((value - signup) / MS_PER_DAY);
  }
  return median(days);
}
