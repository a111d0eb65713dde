/**
 * Monthly costs per category: some company-wide (blank segment), some per segment, scaled to the
 * month's MRR and active customers so the cost-to-carry ratio lands around 15-35% by segment.
 */
import { indexToMonth } from "../domain/months";
import type { CostCategory } from "../domain/types";
import { SEGMENTS, type Segment, type SegmentCell } from "./catalog";
import type { DemoRow } from "./emit";
import { decimal } from "./emit";
import type { Rng } from "./random";
import type { Story } from "./story";

/** Month-end MRR and active customers per segment cell, accumulated while customers stream by. */
export class Totals {
  readonly mrr: Record<SegmentCell, Float64Array>;
  readonly active: Record<SegmentCell, Int32Array>;
  readonly allActive: Int32Array;

  constructor(readonly months: number) {
    const cells: SegmentCell[] = [...SEGMENTS, ""];
    this.mrr = Object.fromEntries(cells.map((c) => [c, new Float64Array(months)])) as Record<SegmentCell, Float64Array>;
    this.active = Object.fromEntries(cells.map((c) => [c, new Int32Array(months)])) as Record<SegmentCell, Int32Array>;
    this.allActive = new Int32Array(months);
  }

  add(story: Story): void {
    for (let i = 0; i < this.months; i++) {
      if (!(story.mrr[i] > 0)) continue;
      this.mrr[story.segment][i] += story.mrr[i];
      this.active[story.segment][i]++;
      this.allActive[i]++;
    }
  }

  totalMrr(i: number): number {
    let sum = 0;
    for (const cell of Object.keys(this.mrr) as SegmentCell[]) sum += this.mrr[cell][i];
    return sum;
  }
}

/** Share of a segment's MRR spent per category (segment-tagged rows). */
const SEGMENT_RATES: Record<Segment, Partial<Record<CostCategory, number>>> = {
  SMB: { customer_success: 0.05, support: 0.05, product: 0.03 },
  "Mid-Market": { customer_success: 0.11, support: 0.04, product: 0.03 },
  Enterprise: { customer_success: 0.09, support: 0.03, product: 0.04, sales_marketing: 0.08 },
};

export function* costRows(totals: Totals, firstMonth: number, r: Rng): Generator<DemoRow> {
  for (let i = 0; i < totals.months; i++) {
    const month = indexToMonth(firstMonth + i);
    const mrr = totals.totalMrr(i);
    const active = totals.allActive[i];
    // Step costs (salaries, tools) wobble a little month to month.
    const noisy = (value: number) => decimal(Math.max(0, value * (1 + r.normal(0, 0.04))), 2);
    const companyWide: Record<CostCategory, number> = {
      customer_success: 1500 + 0.01 * mrr,
      support: 1200 + 12 * active,
      product: 2000 + 0.02 * mrr,
      sales_marketing: 30000 + 0.22 * mrr,
      other: 6000 + 0.05 * mrr,
    };
    for (const category of Object.keys(companyWide) as CostCategory[]) {
      yield { kind: "costs", row: { month, category, segment: "", amount: noisy(companyWide[category]) } };
      for (const segment of SEGMENTS) {
        const rate = SEGMENT_RATES[segment][category];
        if (rate === undefined) continue;
        const base = segment === "Enterprise" && category === "sales_marketing" ? 8000 : 600;
        yield { kind: "costs", row: { month, category, segment, amount: noisy(base + rate * totals.mrr[segment][i]) } };
      }
    }
  }
}
