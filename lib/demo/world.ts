/** The shared, per-data-set parameters every customer's simulation reads. */
import { csmPools, type Segment, type SegmentCell } from "./catalog";
import type { ResolvedOptions } from "./options";
import type { Rng } from "./random";

export interface World {
  seed: number;
  customers: number;
  months: number;
  /** Absolute month indices (year * 12 + month - 1). */
  firstMonth: number;
  lastMonth: number;
  csms: Record<Segment, string[]>;
  /** Window-relative month (0 = first month) in which customer `index` starts paying. */
  acquisitionMonth(index: number): number;
  segmentFor(index: number, month: number, r: Rng): SegmentCell;
  customerId(index: number): string;
}

export function createWorld(options: ResolvedOptions): World {
  const { customers, months } = options;
  // New customers per month grow ~3x over the window, plus a launch cohort of design partners.
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < months; i++) {
    total += 1 + 2.2 * (i / (months - 1)) + (i === 0 ? 4 : 0);
    cumulative.push(total);
  }
  const idWidth = Math.max(5, String(customers).length);
  return {
    seed: options.seed,
    customers,
    months,
    firstMonth: options.firstMonth,
    lastMonth: options.lastMonth,
    csms: csmPools(customers),
    acquisitionMonth(index) {
      const target = ((index + 0.5) / customers) * total;
      let lo = 0;
      let hi = months - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] >= target) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    },
    segmentFor(index, month, r) {
      if (index % 50 === 25) return ""; // a handful left blank: "Unassigned"
      // The company moves upmarket: Enterprise share grows from ~5% to ~12%.
      const t = month / Math.max(1, months - 1);
      return r.weighted({ SMB: 66 - 7 * t, "Mid-Market": 29 + 1 * t, Enterprise: 5 + 6 * t });
    },
    customerId(index) {
      return `CUS-${String(index + 1).padStart(idWidth, "0")}`;
    },
  };
}
