import { stageIndex } from "@/lib/domain/stage-index";
import { LIFECYCLE_STAGES, type EpochMs, type LifecycleEvent, type LifecycleStage } from "@/lib/domain/types";
import type { RowsOf } from "./customer-rows";
import type { LifecycleColumns } from "./event-columns";

/** Time order; on a tie in time the later stage comes later (churn last). */
export function compareEvents(a: LifecycleEvent, b: LifecycleEvent): number {
  return a.enteredAt - b.enteredAt || stageIndex(a.stage) - stageIndex(b.stage);
}

export interface CurrentStage {
  stage: LifecycleStage;
  /** Start of the trailing run of events at this stage: repeated events at the current stage don't reset the clock. */
  since: EpochMs;
  /** The latest event's instant. */
  lastEventAt: EpochMs;
}

/** The latest event's stage of a customer's events (in compareEvents order). */
export function currentStageOf(events: RowsOf<LifecycleColumns>): CurrentStage | null {
  if (events.to === events.from) return null;
  const { rows, cols } = events;
  const last = rows[events.to - 1];
  let since = cols.enteredAt[last];
  for (let k = events.to - 2; k >= events.from && cols.stage[rows[k]] === cols.stage[last]; k--) since = cols.enteredAt[rows[k]];
  return { stage: LIFECYCLE_STAGES[cols.stage[last]], since, lastEventAt: cols.enteredAt[last] };
}
