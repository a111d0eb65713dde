import { MS_PER_DAY } from "@/lib/domain/months";
import { rowsOfCustomer, type RowsOf } from "./customer-rows";
import type { LifecycleColumns } from "./event-columns";
import type { PreparedDataset } from "./prepare";
import { currentStageOf, type CurrentStage } from "./lifecycle-stages";

export type { CurrentStage } from "./lifecycle-stages";

export interface CustomerStage extends CurrentStage {
  customerId: string;
}

export interface StuckCustomer extends CustomerStage {
  daysInStage: number;
}

/** A customer's events in the prepared data set, by id (none for an unknown id). */
export function eventsOfCustomer(p: PreparedDataset): (customerId: string) => RowsOf<LifecycleColumns> {
  return (customerId) => rowsOfCustomer(p.lifecycle, p.customerIndex.get(customerId) ?? -1);
}

/** Current stage of each of `customerIds` that has an event (latest event; tie in time: later stage, churn last). */
export function currentStages(
  eventsOf: (customerId: string) => RowsOf<LifecycleColumns>,
  customerIds: Iterable<string>,
): Map<string, CustomerStage> {
  const out = new Map<string, CustomerStage>();
  for (const customerId of customerIds) {
    if (out.has(customerId)) continue;
    const current = currentStageOf(eventsOf(customerId));
    if (current) out.set(customerId, { customerId, ...current });
  }
  return out;
}

/**
 * Customers whose current stage (churn and retention excluded: nothing follows them) was entered
 * more than `thresholdDays` before `nowMs`; longest-stuck first.
 */
export function stuckCustomers(
  eventsOf: (customerId: string) => RowsOf<LifecycleColumns>,
  customerIds: Iterable<string>,
  nowMs: number,
  thresholdDays: number,
): StuckCustomer[] {
  const out: StuckCustomer[] = [];
  for (const current of currentStages(eventsOf, customerIds).values()) {
    if (current.stage === "churn" || current.stage === "retention") continue;
    const daysInStage = (nowMs - current.since) / MS_PER_DAY;
    if (daysInStage > thresholdDays) out.push({ ...current, daysInStage });
  }
  return out.sort((a, b) => b.daysInStage - a.daysInStage || (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
}
