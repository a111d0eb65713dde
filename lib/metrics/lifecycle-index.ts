import { dateToMs } from "@/lib/domain/months";
import { rowsOfCustomer } from "./customer-rows";
import { timeToValueOf, funnelOfProfiles, type FunnelRow } from "./lifecycle";
import { lifecycleProfile, type LifecycleProfile } from "./lifecycle-profile";
import type { PreparedDataset } from "./prepare";

/**
 * Lifecycle facts by customer index, built once per lifecycle part (kept by a rebuild that does not
 * reread the lifecycle, and the customers with it): requests only aggregate.
 */
interface LifecycleIndex {
  profiles: (LifecycleProfile | null)[];
  signupMs: Float64Array;
  valueAt: Float64Array;
}

const indexes = new WeakMap<PreparedDataset["lifecycle"], LifecycleIndex>();

function lifecycleIndex(p: PreparedDataset): LifecycleIndex {
  let index = indexes.get(p.lifecycle);
  if (!index) {
    const profiles = p.customers.map((_, c) => {
      const events = rowsOfCustomer(p.lifecycle, c);
      return events.to > events.from ? lifecycleProfile(events) : null;
    });
    index = {
      profiles,
      signupMs: Float64Array.from(p.customers, (c) => dateToMs(c.signupDate)),
      valueAt: Float64Array.from(profiles, (profile) => profile?.valueAt ?? Number.POSITIVE_INFINITY),
    };
    indexes.set(p.lifecycle, index);
  }
  return index;
}

/** lifecycleFunnel over the customers at these indexes. */
export function funnelOfCustomers(p: PreparedDataset, customers: Int32Array, startMs: number, endMs: number): FunnelRow[] {
  const { profiles } = lifecycleIndex(p);
  const chosen: LifecycleProfile[] = [];
  for (const c of customers) {
    const profile = profiles[c];
    if (profile) chosen.push(profile);
  }
  return funnelOfProfiles(chosen, startMs, endMs);
}

/** timeToValueDays over the customers at these indexes. */
export function timeToValueOfCustomers(p: PreparedDataset, customers: Int32Array, startMs: number, endMs: number): number | null {
  const { signupMs, valueAt } = lifecycleIndex(p);
  const signups = new Float64Array(customers.length);
  const values = new Float64Array(customers.length);
  customers.forEach((c, i) => {
    signups[i] = signupMs[c];
    values[i] = valueAt[c];
  });
  return timeToValueOf(signups, values, startMs, endMs);
}
