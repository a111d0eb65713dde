import { addMonths, indexToMonth, monthOfInstant, monthToIndex, type MonthIndex } from "@/lib/domain/months";
import {
  LIFECYCLE_STAGES,
  UNASSIGNED_SEGMENT,
  type Customer,
  type Dataset,
  type LifecycleEvent,
  type Period,
  type SurveyResponse,
  type Ticket,
  type UsageRecord,
} from "@/lib/domain/types";
import { buildCostIndex, type CostIndex } from "./cost-to-carry";
import { surveyColumns, ticketColumns, type SurveyColumns, type TicketColumns } from "./event-columns";
import { buildMrrMatrix, type MrrMatrix } from "./mrr";

/** Everything a metrics request needs, derived once per data version. */
export interface PreparedDataset {
  readonly dataset: Dataset;
  readonly customers: readonly Customer[];
  readonly customerIndex: ReadonlyMap<string, number>;
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
  /** Sorted by respondedAt / createdAt, with the customer index (-1 = none or unknown) alongside. */
  readonly surveys: readonly SurveyResponse[];
  readonly surveyCustomer: Int32Array;
  readonly tickets: readonly Ticket[];
  readonly ticketCustomer: Int32Array;
  /** The same surveys and tickets as typed columns, for fast period scans. */
  readonly surveyCols: SurveyColumns;
  readonly ticketCols: TicketColumns;
  readonly eventsByCustomer: ReadonlyMap<string, readonly LifecycleEvent[]>;
  readonly usageByCustomer: ReadonlyMap<string, readonly UsageRecord[]>;
  readonly ticketsByCustomer: ReadonlyMap<string, readonly Ticket[]>;
  readonly surveysByCustomer: ReadonlyMap<string, readonly SurveyResponse[]>;
}

export function compareSegments(a: string, b: string): number {
  if (a === b) return 0;
  if (a === UNASSIGNED_SEGMENT) return 1;
  if (b === UNASSIGNED_SEGMENT) return -1;
  return a < b ? -1 : 1;
}

/** order null: the rows are already in order (a stable sort by the same key), so each group is too. */
function groupSorted<T>(rows: readonly T[], key: (row: T) => string | null, order: ((a: T, b: T) => number) | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  if (order) for (const list of out.values()) list.sort(order);
  return out;
}

function latestMonthOf(ds: Dataset): MonthIndex | null {
  let date = "";
  let month = "";
  let instant = Number.NEGATIVE_INFINITY;
  for (const s of ds.subscriptions) {
    if (s.startDate > date) date = s.startDate;
    if (s.endDate !== null && s.endDate > date) date = s.endDate;
  }
  for (const c of ds.customers) if (c.signupDate > date) date = c.signupDate;
  for (const e of ds.lifecycle) if (e.enteredAt > instant) instant = e.enteredAt;
  for (const c of ds.costs) if (c.month > month) month = c.month;
  for (const r of ds.surveys) if (r.respondedAt > instant) instant = r.respondedAt;
  for (const t of ds.tickets) {
    instant = Math.max(instant, t.createdAt, t.firstResponseAt ?? instant, t.resolvedAt ?? instant);
  }
  for (const u of ds.usage) if (u.month > month) month = u.month;
  const candidates: MonthIndex[] = [];
  if (date) candidates.push(monthToIndex(date.slice(0, 7)));
  if (month) candidates.push(monthToIndex(month));
  if (Number.isFinite(instant)) candidates.push(monthToIndex(monthOfInstant(instant)));
  return candidates.length ? Math.max(...candidates) : null;
}

const stageOrder = new Map(LIFECYCLE_STAGES.map((s, i) => [s, i]));

/** `storedMrr` gives the MRR matrix for the customer index when it is stored; otherwise (null) it is built from ds.subscriptions. */
export function prepareDataset(ds: Dataset, storedMrr: (index: ReadonlyMap<string, number>) => MrrMatrix | null = () => null): PreparedDataset {
  const customers = ds.customers;
  const customerIndex = new Map(customers.map((c, i) => [c.customerId, i]));
  const mrr = storedMrr(customerIndex) ?? buildMrrMatrix(ds.subscriptions, customerIndex);
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
  const customerOf = (id: string | null) => (id === null ? -1 : (customerIndex.get(id) ?? -1));
  const surveys = [...ds.surveys].sort((a, b) => a.respondedAt - b.respondedAt);
  const tickets = [...ds.tickets].sort((a, b) => a.createdAt - b.createdAt);
  return {
    dataset: ds,
    customers,
    customerIndex,
    mrr,
    latestMonth: latestMonthOf(ds),
    segments,
    segmentIndex,
    customerSegment,
    activeAll,
    activeBySegment,
    costs: buildCostIndex(ds.costs),
    surveys,
    surveyCustomer: Int32Array.from(surveys, (r) => customerOf(r.customerId)),
    tickets,
    ticketCustomer: Int32Array.from(tickets, (t) => customerOf(t.customerId)),
    surveyCols: surveyColumns(surveys, customerOf),
    ticketCols: ticketColumns(tickets, customerOf),
    eventsByCustomer: groupSorted(
      ds.lifecycle,
      (e) => e.customerId,
      (a, b) => a.enteredAt - b.enteredAt || stageOrder.get(a.stage)! - stageOrder.get(b.stage)!,
    ),
    usageByCustomer: groupSorted(ds.usage, (u) => u.customerId, (a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0)),
    // tickets and surveys are sorted by createdAt / respondedAt above, and Array#sort is stable.
    ticketsByCustomer: groupSorted(tickets, (t) => t.customerId, null),
    surveysByCustomer: groupSorted(surveys, (r) => r.customerId, null),
  };
}

/** The 12 months ending with the latest month that has data; null when there is no data at all. */
export function defaultPeriod(p: PreparedDataset): Period | null {
  if (p.latestMonth === null) return null;
  const to = indexToMonth(p.latestMonth);
  return { from: addMonths(to, -11), to };
}
