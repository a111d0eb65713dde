import type { Customer, Filters } from "@/lib/domain/types";
import type { PreparedDataset } from "./prepare";

const clean = (value: string | null | undefined): string | null => {
  const v = value?.trim() ?? "";
  return v === "" ? null : v;
};

/** Trimmed filter values; blank counts as absent. */
export function normalizeFilters(filters: Partial<Filters>): Filters {
  return { segment: clean(filters.segment), csm: clean(filters.csm), plan: clean(filters.plan) };
}

export function hasFilter(filters: Filters): boolean {
  return filters.segment !== null || filters.csm !== null || filters.plan !== null;
}

function matchesFilters(customer: Customer, filters: Filters): boolean {
  if (filters.segment !== null && customer.segment.trim() !== filters.segment) return false;
  if (filters.csm !== null && clean(customer.csm) !== filters.csm) return false;
  if (filters.plan !== null && clean(customer.plan) !== filters.plan) return false;
  return true;
}

/** Indexes (into p.customers) of the customers the filters select, ascending. */
export function filterCustomers(p: PreparedDataset, filters: Filters): Int32Array {
  const f = normalizeFilters(filters);
  if (!hasFilter(f)) return Int32Array.from(p.customers.keys());
  const out: number[] = [];
  p.customers.forEach((c, i) => {
    if (matchesFilters(c, f)) out.push(i);
  });
  return Int32Array.from(out);
}

export function filteredCustomerIds(p: PreparedDataset, filters: Filters): string[] {
  return Array.from(filterCustomers(p, filters), (i) => p.customers[i].customerId);
}

/** The filtered customers split by segment index (empty arrays for segments without any). */
export function groupBySegment(p: PreparedDataset, customers: Int32Array): Int32Array[] {
  const lists: number[][] = p.segments.map(() => []);
  for (const c of customers) lists[p.customerSegment[c]].push(c);
  return lists.map((l) => Int32Array.from(l));
}

/** Every customer segment: code-point order, Unassigned last. */
export function segmentList(p: PreparedDataset): string[] {
  return [...p.segments];
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const distinctSorted = (values: Iterable<string | null>): string[] =>
  [...new Set([...values].map(clean).filter((v): v is string => v !== null))].sort(byCodePoint);

export function csmList(p: PreparedDataset): string[] {
  return distinctSorted(p.customers.map((c) => c.csm));
}

export function planList(p: PreparedDataset): string[] {
  return distinctSorted(p.customers.map((c) => c.plan));
}
