import { LIFECYCLE_STAGES, type EpochMs, type LifecycleEvent, type LifecycleStage } from "@/lib/domain/types";

/** 0 = awareness .. 6 = retention, 7 = churn. */
export const STAGE_INDEX: ReadonlyMap<LifecycleStage, number> = new Map(LIFECYCLE_STAGES.map((s, i) => [s, i]));
export const CHURN_INDEX = LIFECYCLE_STAGES.length - 1;
export const EARLY_ADOPTION_INDEX = STAGE_INDEX.get("early_adoption")!;

export function stageIndex(stage: LifecycleStage): number {
  return STAGE_INDEX.get(stage)!;
}

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

export function currentStageOf(events: readonly LifecycleEvent[]): CurrentStage | null {
  if (events.length === 0) return null;
  const sorted = [...events].sort(compareEvents);
  const last = sorted[sorted.length - 1];
  let since = last.enteredAt;
  for (let i = sorted.length - 2; i >= 0 && sorted[i].stage === last.stage; i--) since = sorted[i].enteredAt;
  return { stage: last.stage, since, lastEventAt: last.enteredAt };
}
