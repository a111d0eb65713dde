import { MS_PER_DAY } from "@/lib/domain/months";
import { LIFECYCLE_STAGES, type LifecycleEvent } from "@/lib/domain/types";
import { CHURN_INDEX, EARLY_ADOPTION_INDEX, currentStageOf, stageIndex } from "./lifecycle-stages";

export const RETENTION_INDEX = CHURN_INDEX - 1;

/** What a customer's events say whatever the period: computed once per events list. */
export interface LifecycleProfile {
  /** First entry per stage index (NaN = never). */
  first: Float64Array;
  /** Earliest event of any stage, churn included. */
  earliest: number;
  /** Days in stage k (k below retention), NaN when no later non-churn stage follows. */
  daysInStage: Float64Array;
  /** Stage index of the latest event (tie: later stage, churn last). */
  current: number;
  /** First event at early_adoption or a later non-churn stage; +Infinity when none. */
  valueAt: number;
}

/** Days from the first entry into k to the first entry into a later non-churn stage dated at or after it. */
function daysInStage(events: readonly LifecycleEvent[], k: number, enteredK: number): number {
  let next = Number.POSITIVE_INFINITY;
  for (const e of events) {
    const i = stageIndex(e.stage);
    if (i > k && i < CHURN_INDEX && e.enteredAt >= enteredK && e.enteredAt < next) next = e.enteredAt;
  }
  return Number.isFinite(next) ? (next - enteredK) / MS_PER_DAY : Number.NaN;
}

function buildProfile(events: readonly LifecycleEvent[]): LifecycleProfile {
  const first = new Float64Array(LIFECYCLE_STAGES.length).fill(Number.NaN);
  let valueAt = Number.POSITIVE_INFINITY;
  for (const e of events) {
    const i = stageIndex(e.stage);
    if (!(first[i] <= e.enteredAt)) first[i] = e.enteredAt;
    if (i >= EARLY_ADOPTION_INDEX && i < CHURN_INDEX && e.enteredAt < valueAt) valueAt = e.enteredAt;
  }
  let earliest = Number.POSITIVE_INFINITY;
  for (const t of first) if (t < earliest) earliest = t;
  const days = new Float64Array(RETENTION_INDEX).fill(Number.NaN);
  for (let k = 0; k < RETENTION_INDEX; k++) if (!Number.isNaN(first[k])) days[k] = daysInStage(events, k, first[k]);
  const now = currentStageOf(events);
  return { first, earliest, daysInStage: days, current: now ? stageIndex(now.stage) : -1, valueAt };
}

/** Event lists are immutable once prepared, so a profile is kept for as long as its list lives. */
const profiles = new WeakMap<readonly LifecycleEvent[], LifecycleProfile>();

export function lifecycleProfile(events: readonly LifecycleEvent[]): LifecycleProfile {
  let profile = profiles.get(events);
  if (!profile) profiles.set(events, (profile = buildProfile(events)));
  return profile;
}
