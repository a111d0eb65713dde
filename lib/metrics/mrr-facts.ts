import type { MonthIndex } from "@/lib/domain/months";
import type { Subscription } from "@/lib/domain/types";
import { classifyMovement, type MovementType } from "./movements";
import { customerMrrChanges } from "./mrr";

/** One row of customer_mrr_facts: a month where one of the customer's subscriptions starts or ends. */
export interface MrrFact {
  month: MonthIndex;
  /** MRR units (mrr.ts) from this month on. */
  units: number;
  /** The month's movement; null when the month's starts and ends cancel out. */
  movement: MovementType | null;
  active: boolean;
}

/**
 * The facts of one customer, from its subscriptions alone. A movement needs only the MRR of the month
 * before (the previous fact's, as MRR is constant between facts) and whether the customer was active
 * before, so it is classified here by the same classifyMovement the in-memory movements use.
 */
export function customerMrrFacts(
  subscriptions: readonly Pick<Subscription, "amount" | "billingPeriod" | "startDate" | "endDate">[],
): MrrFact[] {
  let previous = 0;
  let firstActive: MonthIndex = -1;
  return customerMrrChanges(subscriptions).map(({ month, units }) => {
    if (firstActive === -1 && units > 0) firstActive = month;
    const movement = classifyMovement(previous, units, firstActive, month);
    previous = units;
    return { month, units, movement, active: units > 0 };
  });
}
