/** Lifecycle events of one customer: through the funnel per run, with skips, stalls and churn. */
import type { LifecycleStage } from "../domain/types";
import type { DemoRow } from "./emit";
import type { Rng } from "./random";
import type { Story } from "./story";
import { businessTime, isoInstant, MS_PER_DAY } from "./time";

export interface LifecycleEvent {
  stage: LifecycleStage;
  at: number;
}

const days = (r: Rng, min: number, max: number) => r.int(min, max) * MS_PER_DAY;

/**
 * Events in time order. Each run walks the funnel; a step that would fall on or after the run's
 * churn date (or after the data window) ends the walk, and the churn event closes the run.
 */
export function lifecycleEvents(story: Story, r: Rng, windowEnd: number): LifecycleEvent[] {
  const events: LifecycleEvent[] = [];
  const meanHealth = story.health.reduce((a, b) => a + b, 0) / Math.max(1, story.health.filter((h) => h > 0).length);
  story.runs.forEach((run, runNo) => {
    const limit = Math.min(run.churn ?? windowEnd, windowEnd);
    const steps: LifecycleEvent[] = [];
    const startOfDay = (ms: number) => ms - (ms % MS_PER_DAY);
    if (runNo === 0) {
      const signupDay = startOfDay(story.signup);
      if (!r.chance(0.15)) steps.push({ stage: "awareness", at: signupDay - days(r, 10, 120) + businessTime(r) });
      steps.push({ stage: "acquisition", at: signupDay + businessTime(r) });
    } else {
      steps.push({ stage: "acquisition", at: run.start - days(r, 1, 20) + businessTime(r) });
    }
    let at = run.start + days(r, 0, 4) + businessTime(r);
    if (runNo > 0 || !r.chance(0.06)) steps.push({ stage: "onboarding", at });
    const skipImplementation = story.stuck !== "implementation" && r.chance(story.segment === "SMB" || runNo > 0 ? 0.35 : 0.08);
    if (!skipImplementation) {
      at += story.stuck === "onboarding" && runNo === 0 ? days(r, 60, 160) : days(r, 5, 25);
      steps.push({ stage: "implementation", at });
    }
    at += story.stuck === "implementation" && runNo === 0 ? days(r, 65, 180) : days(r, 10, 40);
    steps.push({ stage: "early_adoption", at });
    // Healthy accounts move on within weeks; the ones that linger are the stuck ones CS chases.
    let growth: number | null = null;
    if (run.firstExpansion !== null)
      growth = Math.max(at + MS_PER_DAY, Math.min(run.firstExpansion, at + days(r, 20, 55)) + businessTime(r));
    else if (meanHealth > 0.5 && r.chance(0.9)) growth = at + days(r, 20, 55);
    if (growth !== null) steps.push({ stage: "growth", at: growth });
    if (r.chance(growth !== null ? 0.92 : 0.6)) {
      const retention = (growth ?? at) + days(r, growth !== null ? 25 : 60, growth !== null ? 55 : 150) + businessTime(r);
      steps.push({ stage: "retention", at: retention });
    }
    let previous = -Infinity;
    for (const step of steps) {
      if (step.at >= limit || step.at <= previous) break;
      events.push(step);
      previous = step.at;
    }
    if (run.churn !== null && run.churn < windowEnd) {
      events.push({ stage: "churn", at: Math.max(run.churn + businessTime(r), previous + 60_000) });
    }
  });
  return events;
}

export function* lifecycleRows(story: Story, events: readonly LifecycleEvent[]): Generator<DemoRow> {
  for (const e of events) yield { kind: "lifecycle", row: { customer_id: story.id, stage: e.stage, entered_at: isoInstant(e.at) } };
}
