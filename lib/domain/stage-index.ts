import { LIFECYCLE_STAGES, type LifecycleStage } from "./types";

/** 0 = awareness .. 6 = retention, 7 = churn: the code a lifecycle stage is held as in typed columns. */
export const STAGE_INDEX: ReadonlyMap<LifecycleStage, number> = new Map(LIFECYCLE_STAGES.map((s, i) => [s, i]));
export const CHURN_INDEX = LIFECYCLE_STAGES.length - 1;
export const EARLY_ADOPTION_INDEX = STAGE_INDEX.get("early_adoption")!;

export function stageIndex(stage: LifecycleStage): number {
  return STAGE_INDEX.get(stage)!;
}
