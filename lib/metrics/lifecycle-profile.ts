import { MS_PER_DAY } from "@/lib/domain/months";
import { LIFECYCLE_STAGES } from "@/lib/domain/types";
import type { RowsOf } from "./customer-rows";
import type { LifecycleColumns } from "./event-columns";
import { CHURN_INDEX, EARLY_ADOPTION_INDEX, stageIndex } from "@/lib/domain/stage-index";
import { currentStageOf } from "./lifecycle-stages";

export const RETENTION_INDEX = CHURN_INDEX - 1;

/** What a customer's events say whatever the period. */
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
function daysInStage(events: RowsOf<LifecycleColumns>, k: number, enteredK: number): number {
  const { rows, cols } = events;
  let next = Number.POSITIVE_INFINITY;
  for (let r = events.from; r < events.to; r++) {
    const i = cols.stage[rows[r]];
    const at = cols.enteredAt[rows[r]];
    if (i > k && i < CHURN_INDEX && at >= enteredK && at < next) next = at;
  }
  return Number.isFinite(next) ? (next - enteredK) / MS_PER_DAY : Number.NaN;
}

/** What a customer's events (in compareEvents order) say whatever the period. */
export function lifecycleProfile(events: RowsOf<LifecycleColumns>): LifecycleProfile {
  const { rows, cols } = events;
  const first = new Float64Array(LIFECYCLE_STAGES.length).fill(Number.NaN);
  let valueAt = Number.POSITIVE_INFINITY;
  for (let r = events.from; r < events.to; r++) {
    const i = cols.stage[rows[r]];
    const at = cols.enteredAt[rows[r]];
    if (!(first[i] <= at)) first[i] = at;
    if (i >= EARLY_ADOPTION_INDEX && i < CHURN_INDEX && at < valueAt) valueAt = at;
  }
  let earliest = Number.POSITIVE_INFINITY;
  for (const t of first) if (t < earliest) earliest = t;
  const days = new Float64Array(RETENTION_INDEX).fill(Number.NaN);
  for (let k = 0; k < RETENTION_INDEX; k++) if (!Number.isNaN(first[k])) days[k] = daysInStage(events, k, first[k]);
  const now = currentStageOf(events);
  return { first, earliest, daysInStage: days, current: now ? stageIndex(now.stage) : -1, valueAt };
}
