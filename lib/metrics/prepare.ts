import { addMonths, indexToMonth, monthOfInstant, monthToIndex, type MonthIndex } from "@/lib/domain/months";
import { UNASSIGNED_SEGMENT, type Cost, type Customer, type Dataset, type Period, type Subscription } from "@/lib/domain/types";
import { buildCostIndex, type CostIndex } from "./cost-to-carry";
import { groupByCustomer, timeOrderedTable, type EventTable } from "./customer-rows";
import {
  compareResponses,
  eventOrderKey,
  lifecycleColumns,
  surveyColumns,
  ticketColumns,
  usageColumns,
  type LifecycleColumns,
  type SurveyColumns,
  type TicketColumns,
  type UsageColumns,
} from "./event-columns";
import { buildMrrMatrix, type MrrMatrix } from "./mrr";

/**
 * The stored data as the metrics read it, one part per kind; the customer index of a row is the
 * position of its customer in `customers`. The data layer rereads only the parts of the kinds an
 * import changed.
 */
export interface DatasetParts {
  readonly customers: readonly Customer[];
  readonly subscriptions: readonly Subscription[];
  readonly costs: readonly Cost[];
  /** Each customer's events in compareEvents order. */
  readonly lifecycle: EventTable<LifecycleColumns>;
  /** In time order, ties by response id, so a customer's latest response is its last row. */
  readonly surveys: EventTable<SurveyColumns>;
  /** In time order. */
  readonly tickets: EventTable<TicketColumns>;
  readonly usage: EventTable<UsageColumns>;
}

/** Everything a metrics request needs, derived once per data version. */
export interface PreparedDataset {
  readonly parts: DatasetParts;
  readonly customers: readonly Customer[];
  readonly customerIndex: ReadonlyMap<string, number>;
  readonly subscriptions: readonly Subscription[];
  readonly mrr: MrrMatrix;
  /** Latest month of any date or instant in any kind; null when there is no data at all. */
  readonly latestMonth: MonthIndex | null;
  /** Segments of all customers: code-point order, Unassigned last. */
  readonly segments: readonly string[];
  readonly segmentIndex: ReadonlyMap<string, number>;
  readonly customerSegment: Int32Array;
  /** Active customers of all customers per stored MRR column, overall and [column * segments + s]. */
  readonly activeAll: Int32Array;
  readonly activeBySegment: Int32Array;
  readonly costs: CostIndex;
  readonly surveys: EventTable<SurveyColumns>;
  readonly tickets: EventTable<TicketColumns>;
  readonly usage: EventTable<UsageColumns>;
  readonly lifecycle: EventTable<LifecycleColumns>;
}

export function compareSegments(a: string, b: string): number {
  if (a === b) return 0;
  if (a === UNASSIGNED_SEGMENT) return 1;
  if (b === UNASSIGNED_SEGMENT) return -1;
  return a < b ? -1 : 1;
}

export function indexCustomers(customers: readonly Customer[]): Map<string, number> {
  return new Map(customers.map((c, i) => [c.customerId, i]));
}

function maxOf(values: ArrayLike<number>, start: number): number {
  let max = start;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  return max;
}

function latestMonthOf(parts: DatasetParts): MonthIndex | null {
  let date = "";
  let month = "";
  for (const s of parts.subscriptions) {
    if (s.startDate > date) date = s.startDate;
    if (s.endDate !== null && s.endDate > date) date = s.endDate;
  }
  for (const c of parts.customers) if (c.signupDate > date) date = c.signupDate;
  for (const c of parts.costs) if (c.month > month) month = c.month;
  let instant = Number.NEGATIVE_INFINITY;
  instant = maxOf(parts.lifecycle.cols.enteredAt, instant);
  instant = maxOf(parts.surveys.cols.respondedAt, instant);
  const t = parts.tickets.cols;
  // NaN (no such instant) never counts as greater.
  instant = maxOf(t.resolvedAt, maxOf(t.firstResponseAt, maxOf(t.createdAt, instant)));
  const candidates: MonthIndex[] = [];
  if (date) candidates.push(monthToIndex(date.slice(0, 7)));
  if (month) candidates.push(monthToIndex(month));
  if (parts.usage.cols.month.length > 0) candidates.push(maxOf(parts.usage.cols.month, Number.NEGATIVE_INFINITY));
  if (Number.isFinite(instant)) candidates.push(monthToIndex(monthOfInstant(instant)));
  return candidates.length ? Math.max(...candidates) : null;
}

/** The parts of records held as objects (tests, the demo): what the data layer reads from the database. */
export function datasetParts(ds: Dataset): DatasetParts {
  const index = indexCustomers(ds.customers);
  const customerOf = (id: string | null) => (id === null ? -1 : (index.get(id) ?? -1));
  const n = ds.customers.length;
  const usage = usageColumns(ds.usage, customerOf);
  return {
    customers: ds.customers,
    subscriptions: ds.subscriptions,
    costs: ds.costs,
    lifecycle: timeOrderedTable(lifecycleColumns(ds.lifecycle, customerOf), eventOrderKey, n),
    surveys: timeOrderedTable(surveyColumns([...ds.surveys].sort(compareResponses), customerOf), (c) => c.respondedAt, n),
    tickets: timeOrderedTable(ticketColumns(ds.tickets, customerOf), (c) => c.createdAt, n),
    usage: { cols: usage, byCustomer: groupByCustomer(usage.customer, n) },
  };
}

/** `storedMrr` gives the MRR matrix for the customer index when it is stored or kept; otherwise (null) it is built from the subscriptions. */
export function prepareParts(
  parts: DatasetParts,
  storedMrr: (index: ReadonlyMap<string, number>) => MrrMatrix | null = () => null,
): PreparedDataset {
  const customers = parts.customers;
  const customerIndex = indexCustomers(customers);
  const mrr = storedMrr(customerIndex) ?? buildMrrMatrix(parts.subscriptions, customerIndex);
  const segments = [...new Set(customers.map((c) => c.segment))].sort(compareSegments);
  const segmentIndex = new Map(segments.map((s, i) => [s, i]));
  const customerSegment = Int32Array.from(customers, (c) => segmentIndex.get(c.segment)!);
  const columns = mrr.changeMonths.length;
  const n = customers.length;
  const activeAll = new Int32Array(columns);
  const activeBySegment = new Int32Array(columns * segments.length);
  for (let k = 0; k < columns; k++) {
    for (let c = 0; c < n; c++) {
      if (mrr.units[k * n + c] > 0) {
        activeAll[k]++;
        activeBySegment[k * segments.length + customerSegment[c]]++;
      }
    }
  }
  return {
    parts,
    customers,
    customerIndex,
    subscriptions: parts.subscriptions,
    mrr,
    latestMonth: latestMonthOf(parts),
    segments,
    segmentIndex,
    customerSegment,
    activeAll,
    activeBySegment,
    costs: buildCostIndex(parts.costs),
    surveys: parts.surveys,
    tickets: parts.tickets,
    usage: parts.usage,
    lifecycle: parts.lifecycle,
  };
}

export function prepareDataset(ds: Dataset): PreparedDataset {
  return prepareParts(datasetParts(ds));
}

/** The 12 months ending with the latest month that has data; null when there is no data at all. */
export function defaultPeriod(p: PreparedDataset): Period | null {
  if (p.latestMonth === null) return null;
  const to = indexToMonth(p.latestMonth);
  return { from: addMonths(to, -11), to };
}
