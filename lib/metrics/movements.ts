import { indexToMonth, monthToIndex, type MonthIndex } from "@/lib/domain/months";
import type { Filters, Period } from "@/lib/domain/types";
import { filterCustomers } from "./filters";
import { mrrColumn, toMrr, type MrrMatrix } from "./mrr";
import type { PreparedDataset } from "./prepare";

export const MOVEMENT_TYPES = ["new", "reactivation", "expansion", "contraction", "churn"] as const;
export type MovementType = (typeof MOVEMENT_TYPES)[number];

/** p, q = MRR units in m-1 and m; firstActive = the customer's first month with MRR > 0 (-1 never). */
export function classifyMovement(p: number, q: number, firstActive: MonthIndex, month: MonthIndex): MovementType | null {
  if (p === 0) {
    if (q <= 0) return null;
    return firstActive === month ? "new" : "reactivation";
  }
  if (q === 0) return "churn";
  if (q > p) return "expansion";
  if (q < p) return "contraction";
  return null;
}

export function movementUnits(type: MovementType, p: number, q: number): number {
  if (type === "new" || type === "reactivation") return q;
  if (type === "expansion") return q - p;
  if (type === "contraction") return p - q;
  return p;
}

/** Sums (MRR units) and customer counts per movement type. */
export type MovementTotals = Record<MovementType, { units: number; customers: number }>;

export function emptyMovementTotals(): MovementTotals {
  return {
    new: { units: 0, customers: 0 },
    reactivation: { units: 0, customers: 0 },
    expansion: { units: 0, customers: 0 },
    contraction: { units: 0, customers: 0 },
    churn: { units: 0, customers: 0 },
  };
}

export function addMovementTotals(into: MovementTotals, add: MovementTotals): MovementTotals {
  for (const t of MOVEMENT_TYPES) {
    into[t].units += add[t].units;
    into[t].customers += add[t].customers;
  }
  return into;
}

export function monthMovements(mx: MrrMatrix, customers: Int32Array, month: MonthIndex): MovementTotals {
  const totals = emptyMovementTotals();
  const prev = mrrColumn(mx, month - 1);
  const cur = mrrColumn(mx, month);
  if (prev === cur) return totals;
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i];
    const p = prev[c];
    const q = cur[c];
    if (p === q) continue;
    const type = classifyMovement(p, q, mx.firstActive[c], month);
    if (type === null) continue;
    totals[type].units += movementUnits(type, p, q);
    totals[type].customers++;
  }
  return totals;
}

export interface CustomerMovement {
  customerId: string;
  month: string;
  type: MovementType;
  /** MRR, major units. */
  amount: number;
}

/** Drill-down: each filtered customer-month of the period with that movement, by month then customer. */
export function customersWithMovement(p: PreparedDataset, filters: Filters, period: Period, type: MovementType): CustomerMovement[] {
  const customers = filterCustomers(p, filters);
  const out: CustomerMovement[] = [];
  for (let m = monthToIndex(period.from); m <= monthToIndex(period.to); m++) {
    const prev = mrrColumn(p.mrr, m - 1);
    const cur = mrrColumn(p.mrr, m);
    for (const c of customers) {
      if (classifyMovement(prev[c], cur[c], p.mrr.firstActive[c], m) !== type) continue;
      out.push({
        customerId: p.customers[c].customerId,
        month: indexToMonth(m),
        type,
        amount: toMrr(movementUnits(type, prev[c], cur[c])),
      });
    }
  }
  return out;
}

/** A period's or month's movement totals as the API's fields, in major units. */
export function movementFields(mv: MovementTotals) {
  return {
    new_mrr: toMrr(mv.new.units),
    expansion_mrr: toMrr(mv.expansion.units),
    contraction_mrr: toMrr(mv.contraction.units),
    churned_mrr: toMrr(mv.churn.units),
    reactivation_mrr: toMrr(mv.reactivation.units),
    new_customers: mv.new.customers,
    churned_customers: mv.churn.customers,
    reactivated_customers: mv.reactivation.customers,
  };
}
