import { indexToMonth, monthToIndex } from "@/lib/domain/months";
import type { Month } from "@/lib/domain/types";
import { classifyMovement, movementUnits, type MovementType } from "./movements";
import { mrrColumn, toMrr } from "./mrr";
import type { PreparedDataset } from "./prepare";

export interface CustomerMonth {
  month: Month;
  mrr: number;
  movement: MovementType | null;
  /** MRR moved, major units (0 when there is no movement). */
  amount: number;
}

/** One customer's MRR and movement per month, from the first month of any subscription to the latest data month. */
export function customerMrrHistory(p: PreparedDataset, customerId: string): CustomerMonth[] | null {
  const c = p.customerIndex.get(customerId);
  if (c === undefined) return null;
  if (p.mrr.changeMonths.length === 0 || p.latestMonth === null) return [];
  const out: CustomerMonth[] = [];
  for (let m = p.mrr.changeMonths[0]; m <= p.latestMonth; m++) {
    const prev = mrrColumn(p.mrr, m - 1)[c];
    const cur = mrrColumn(p.mrr, m)[c];
    const movement = classifyMovement(prev, cur, p.mrr.firstActive[c], m);
    out.push({ month: indexToMonth(m), mrr: toMrr(cur), movement, amount: movement ? toMrr(movementUnits(movement, prev, cur)) : 0 });
  }
  return out;
}

/** MRR (major units) at a month of the given customers (indexes into p.customers), zero included. */
export function mrrByCustomerAt(p: PreparedDataset, customers: Iterable<number>, month: Month): Map<string, number> {
  const col = mrrColumn(p.mrr, monthToIndex(month));
  const out = new Map<string, number>();
  for (const c of customers) out.set(p.customers[c].customerId, toMrr(col[c]));
  return out;
}
