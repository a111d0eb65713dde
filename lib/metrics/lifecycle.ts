import { MS_PER_DAY, dateToMs } from "@/lib/domain/months";
import { LIFECYCLE_STAGES, type Customer, type LifecycleStage } from "@/lib/domain/types";
import type { RowsOf } from "./customer-rows";
import type { LifecycleColumns } from "./event-columns";
import { CHURN_INDEX } from "@/lib/domain/stage-index";
import { RETENTION_INDEX, lifecycleProfile, type LifecycleProfile } from "./lifecycle-profile";
import { median, pct } from "./stats";

export interface FunnelRow {
  stage: LifecycleStage;
  reached: number;
  conversion: number | null;
  median_days_in_stage: number | null;
  current: number;
}

/**
 * Seven funnel stages in order, then churn. The cohort is the customers among `customerIds` whose
 * earliest event (churn included) is in [startMs, endMs); `current` counts every one of `customerIds` with an event.
 */
export function lifecycleFunnel(
  eventsOf: (customerId: string) => RowsOf<LifecycleColumns>,
  customerIds: Iterable<string>,
  startMs: number,
  endMs: number,
): FunnelRow[] {
  const profiles: LifecycleProfile[] = [];
  for (const id of new Set(customerIds)) {
    const events = eventsOf(id);
    if (events.to > events.from) profiles.push(lifecycleProfile(events));
  }
  return funnelOfProfiles(profiles, startMs, endMs);
}

/** The funnel over distinct customers' profiles (customers without events are left out by the caller). */
export function funnelOfProfiles(profiles: Iterable<LifecycleProfile>, startMs: number, endMs: number): FunnelRow[] {
  const n = LIFECYCLE_STAGES.length;
  const reached = new Array<number>(n).fill(0);
  const current = new Array<number>(n).fill(0);
  const days: number[][] = Array.from({ length: n }, () => []);
  for (const profile of profiles) {
    current[profile.current]++;
    const { first, earliest } = profile;
    if (earliest < startMs || earliest >= endMs) continue;
    let later = false;
    for (let k = RETENTION_INDEX; k >= 0; k--) {
      later ||= !Number.isNaN(first[k]);
      if (later) reached[k]++;
    }
    if (!Number.isNaN(first[CHURN_INDEX])) reached[CHURN_INDEX]++;
    for (let k = 0; k < RETENTION_INDEX; k++) {
      const d = profile.daysInStage[k];
      if (!Number.isNaN(d)) days[k].push(d);
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
  eventsOf: (customerId: string) => RowsOf<LifecycleColumns>,
  startMs: number,
  endMs: number,
): number | null {
  const signups: number[] = [];
  const values: number[] = [];
  const seen = new Set<string>();
  for (const c of customers) {
    if (seen.has(c.customerId)) continue;
    seen.add(c.customerId);
    const events = eventsOf(c.customerId);
    signups.push(dateToMs(c.signupDate));
    values.push(events.to > events.from ? lifecycleProfile(events).valueAt : Number.POSITIVE_INFINITY);
  }
  return timeToValueOf(signups, values, startMs, endMs);
}

/** Time to value over parallel lists of distinct customers' signup instants and value instants (+Infinity = none). */
export function timeToValueOf(signupMs: ArrayLike<number>, valueAt: ArrayLike<number>, startMs: number, endMs: number): number | null {
  const days: number[] = [];
  for (let i = 0; i < signupMs.length; i++) {
    const signup = signupMs[i];
    if (signup < startMs || signup >= endMs || !Number.isFinite(valueAt[i])) continue;
    days.push((valueAt[i] - signup) / MS_PER_DAY);
  }
  return median(days);
}
