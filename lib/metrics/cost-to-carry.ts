import { monthToIndex, type MonthIndex } from "@/lib/domain/months";
import { COST_CATEGORIES, type Cost, type CostCategory, type Filters } from "@/lib/domain/types";
import { columnIndex, type MrrMatrix } from "./mrr";

const CATEGORIES = COST_CATEGORIES.length;
const categoryIndex = new Map<CostCategory, number>(COST_CATEGORIES.map((c, i) => [c, i]));
const at = (category: CostCategory) => categoryIndex.get(category)!;

/** One month's cost rows per category (index of COST_CATEGORIES). */
export interface MonthCosts {
  all: Float64Array;
  blank: Float64Array;
  tagged: Map<string, Float64Array>;
}
export type CostIndex = ReadonlyMap<MonthIndex, MonthCosts>;

export function buildCostIndex(costs: readonly Cost[]): CostIndex {
  const out = new Map<MonthIndex, MonthCosts>();
  for (const cost of costs) {
    const month = monthToIndex(cost.month);
    let mc = out.get(month);
    if (!mc) {
      mc = { all: new Float64Array(CATEGORIES), blank: new Float64Array(CATEGORIES), tagged: new Map() };
      out.set(month, mc);
    }
    const i = at(cost.category);
    mc.all[i] += cost.amount;
    if (cost.segment === null) mc.blank[i] += cost.amount;
    else {
      let row = mc.tagged.get(cost.segment);
      if (!row) mc.tagged.set(cost.segment, (row = new Float64Array(CATEGORIES)));
      row[i] += cost.amount;
    }
  }
  return out;
}

/**
 * What allocating costs reads of a prepared dataset. PreparedDataset (prepare.ts) satisfies it; naming
 * the fields here rather than importing that type keeps prepare.ts -> cost-to-carry.ts one-way.
 */
export interface CostBasis {
  readonly mrr: MrrMatrix;
  readonly segments: readonly string[];
  readonly segmentIndex: ReadonlyMap<string, number>;
  /** Active customers of all customers per stored MRR column, overall and [column * segments + s]. */
  readonly activeAll: Int32Array;
  readonly activeBySegment: Int32Array;
  readonly costs: CostIndex;
}

export const costToServe = (v: Float64Array): number => v[at("customer_success")] + v[at("support")] + v[at("product")];
export const retentionCost = (v: Float64Array): number => v[at("customer_success")] + v[at("support")];
export const salesMarketing = (v: Float64Array): number => v[at("sales_marketing")];

/** Active customers (of all customers) in month m: overall and in segment s. */
function activeCounts(p: CostBasis, month: MonthIndex, s: number): { all: number; segment: number } {
  const k = columnIndex(p.mrr, month);
  if (k < 0) return { all: 0, segment: 0 };
  return { all: p.activeAll[k], segment: s < 0 ? 0 : p.activeBySegment[k * p.segments.length + s] };
}

/** A segment's cost in month m per category: its tagged rows plus its share of the blank rows. */
export function segmentMonthCost(p: CostBasis, month: MonthIndex, segment: string): Float64Array {
  const out = new Float64Array(CATEGORIES);
  const mc = p.costs.get(month);
  if (!mc) return out;
  const tagged = mc.tagged.get(segment);
  if (tagged) out.set(tagged);
  const active = activeCounts(p, month, p.segmentIndex.get(segment) ?? -1);
  if (active.all > 0 && active.segment > 0) {
    for (let i = 0; i < CATEGORIES; i++) out[i] += (mc.blank[i] * active.segment) / active.all;
  }
  return out;
}

type CostMode = "all" | "segment" | "per_head";

function costMode(filters: Filters): CostMode {
  if (filters.csm !== null || filters.plan !== null) return "per_head";
  return filters.segment !== null ? "segment" : "all";
}

export interface FilteredCosts {
  /** Per category, what the filtered customers carry. */
  total: Float64Array;
  /** Per customer segment (index of p.segments), the part of `total` in that segment. */
  bySegment: Float64Array[];
}

/**
 * Month m's costs under the filter. `filteredActive[s]` = active filtered customers of segment s
 * in m, used only by a csm/plan filter, which takes per-head shares of each segment's cost.
 */
export function filteredMonthCosts(p: CostBasis, month: MonthIndex, filters: Filters, filteredActive: Int32Array): FilteredCosts {
  const bySegment = p.segments.map(() => new Float64Array(CATEGORIES));
  const mode = costMode(filters);
  if (mode === "all") {
    p.segments.forEach((name, s) => bySegment[s].set(segmentMonthCost(p, month, name)));
    return { total: p.costs.get(month)?.all.slice() ?? new Float64Array(CATEGORIES), bySegment };
  }
  if (mode === "segment") {
    const total = segmentMonthCost(p, month, filters.segment!);
    const s = p.segmentIndex.get(filters.segment!);
    if (s !== undefined) bySegment[s].set(total);
    return { total, bySegment };
  }
  const total = new Float64Array(CATEGORIES);
  p.segments.forEach((name, s) => {
    const heads = filteredActive[s];
    if (heads === 0) return;
    const cost = segmentMonthCost(p, month, name);
    const segmentHeads = activeCounts(p, month, s).segment;
    for (let i = 0; i < CATEGORIES; i++) {
      bySegment[s][i] = (cost[i] * heads) / segmentHeads;
      total[i] += bySegment[s][i];
    }
  });
  return { total, bySegment };
}
