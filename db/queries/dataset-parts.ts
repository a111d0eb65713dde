import type { KeelDb } from "../connection";
import { costs, customers, lifecycleEvents, subscriptions, surveyResponses, tickets, usage } from "../schema";
import { countRows, iterateRows } from "./raw-select";
import { monthToIndex } from "@/lib/domain/months";
import {
  UNASSIGNED_SEGMENT,
  type BillingPeriod,
  type DatasetKind,
  type Cost,
  type Customer,
  type LifecycleStage,
  type Subscription,
  type SurveyKind,
} from "@/lib/domain/types";
import { groupByCustomer, timeOrderedTable, type EventTable } from "@/lib/metrics/customer-rows";
import {
  SURVEY_KIND_CODES,
  emptyLifecycleColumns,
  emptySurveyColumns,
  eventOrderKey,
  emptyTicketColumns,
  emptyUsageColumns,
  setTicket,
  setUsage,
  type LifecycleColumns,
  type SurveyColumns,
  type TicketColumns,
  type UsageColumns,
} from "@/lib/metrics/event-columns";
import { stageIndex } from "@/lib/domain/stage-index";
import { indexCustomers, type DatasetParts } from "@/lib/metrics/prepare";

/*
 * Reads each kind into the part lib/metrics/prepare.ts computes from. The big kinds (tickets,
 * surveys, usage, lifecycle: millions of rows at 50,000 customers) go straight from SQLite's arrays into typed
 * columns, never an object per row; ids and comments are left in the database.
 */

/** A customer's position in the customers part; -1 for none or unknown. */
export type CustomerIndex = ReadonlyMap<string, number>;

const indexOf = (index: CustomerIndex, id: string | null) => (id === null ? -1 : (index.get(id) ?? -1));

export function loadCustomers(db: KeelDb): Customer[] {
  const c = customers;
  const out: Customer[] = [];
  for (const [customerId, name, segment, plan, csm, acquisitionChannel, signupDate] of iterateRows(db, c, [
    c.customerId,
    c.name,
    c.segment,
    c.plan,
    c.csm,
    c.acquisitionChannel,
    c.signupDate,
  ] as const)) {
    out.push({ customerId, name, segment: segment === "" ? UNASSIGNED_SEGMENT : segment, plan, csm, acquisitionChannel, signupDate });
  }
  return out;
}

/** The customer's own id string (same value): one copy per customer rather than one per row. */
const sharedId = (index: CustomerIndex, all: readonly Customer[], id: string) => all[index.get(id) ?? -1]?.customerId ?? id;

export function loadSubscriptions(db: KeelDb, index: CustomerIndex, all: readonly Customer[]): Subscription[] {
  const s = subscriptions;
  const out: Subscription[] = [];
  for (const [subscriptionId, customerId, plan, amount, billingPeriod, startDate, endDate] of iterateRows(db, s, [
    s.subscriptionId,
    s.customerId,
    s.plan,
    s.amount,
    s.billingPeriod,
    s.startDate,
    s.endDate,
  ] as const)) {
    out.push({
      subscriptionId,
      customerId: sharedId(index, all, customerId),
      plan,
      amount,
      billingPeriod: billingPeriod as BillingPeriod,
      startDate,
      endDate,
    });
  }
  return out;
}

export function loadCosts(db: KeelDb): Cost[] {
  const c = costs;
  const out: Cost[] = [];
  for (const [month, category, segment, amount] of iterateRows(db, c, [c.month, c.category, c.segment, c.amount] as const)) {
    out.push({ month, category: category as Cost["category"], segment: segment === "" ? null : segment, amount });
  }
  return out;
}

/** Each customer's events in compareEvents order. */
export function loadLifecycle(db: KeelDb, index: CustomerIndex): EventTable<LifecycleColumns> {
  const e = lifecycleEvents;
  const cols = emptyLifecycleColumns(countRows(db, e));
  let i = 0;
  for (const [customerId, stage, enteredAt] of iterateRows(db, e, [e.customerId, e.stage, e.enteredAt] as const)) {
    cols.customer[i] = indexOf(index, customerId);
    cols.stage[i] = stageIndex(stage as LifecycleStage);
    cols.enteredAt[i] = enteredAt;
    i++;
  }
  return timeOrderedTable(cols, eventOrderKey, index.size);
}

/** In time order; read per customer by instant then response id, so each customer's latest response is its last row. */
export function loadSurveys(db: KeelDb, index: CustomerIndex): EventTable<SurveyColumns> {
  const r = surveyResponses;
  const cols = emptySurveyColumns(countRows(db, r));
  let i = 0;
  for (const [customerId, survey, score, respondedAt] of iterateRows(db, r, [r.customerId, r.survey, r.score, r.respondedAt] as const, [
    r.customerId,
    r.respondedAt,
    r.responseId,
  ])) {
    cols.customer[i] = indexOf(index, customerId);
    cols.kind[i] = SURVEY_KIND_CODES[survey as SurveyKind];
    cols.score[i] = score;
    cols.respondedAt[i] = respondedAt;
    i++;
  }
  return timeOrderedTable(cols, (c) => c.respondedAt, index.size);
}

export function loadTickets(db: KeelDb, index: CustomerIndex): EventTable<TicketColumns> {
  const t = tickets;
  const cols = emptyTicketColumns(countRows(db, t));
  let i = 0;
  for (const [customerId, createdAt, firstResponseAt, resolvedAt, fcr] of iterateRows(db, t, [
    t.customerId,
    t.createdAt,
    t.firstResponseAt,
    t.resolvedAt,
    t.resolvedOnFirstContact,
  ] as const)) {
    setTicket(cols, i++, indexOf(index, customerId), createdAt, firstResponseAt, resolvedAt, fcr);
  }
  return timeOrderedTable(cols, (c) => c.createdAt, index.size);
}

export function loadUsage(db: KeelDb, index: CustomerIndex): EventTable<UsageColumns> {
  const u = usage;
  const cols = emptyUsageColumns(countRows(db, u));
  const months = new Map<string, number>();
  let i = 0;
  for (const [customerId, month, activeUsers, seats, sessions, minutes, features] of iterateRows(db, u, [
    u.customerId,
    u.month,
    u.activeUsers,
    u.licensedSeats,
    u.sessions,
    u.avgSessionMinutes,
    u.featuresUsed,
  ] as const)) {
    let m = months.get(month);
    if (m === undefined) months.set(month, (m = monthToIndex(month)));
    setUsage(cols, i++, indexOf(index, customerId), m, activeUsers, seats, sessions, minutes, features);
  }
  return { cols, byCustomer: groupByCustomer(cols.customer, index.size) };
}

type PartLoaders = {
  [K in Exclude<DatasetKind, "customers">]: (db: KeelDb, index: CustomerIndex, all: readonly Customer[]) => DatasetParts[K];
};

const LOADERS: PartLoaders = {
  subscriptions: loadSubscriptions,
  lifecycle: (db, index) => loadLifecycle(db, index),
  costs: (db) => loadCosts(db),
  surveys: (db, index) => loadSurveys(db, index),
  tickets: (db, index) => loadTickets(db, index),
  usage: (db, index) => loadUsage(db, index),
};

/**
 * The parts of `kept` (parts of kinds that did not change since they were read), the other kinds read
 * from the database. Every part maps rows to customers by their index, so without the customers part
 * everything is read.
 */
export function loadDatasetParts(db: KeelDb, kept: Partial<DatasetParts> = {}): DatasetParts {
  const keep = kept.customers ? kept : {};
  const all = keep.customers ?? loadCustomers(db);
  const index = indexCustomers(all);
  const part = <K extends keyof PartLoaders>(kind: K): DatasetParts[K] => keep[kind] ?? LOADERS[kind](db, index, all);
  return {
    customers: all,
    subscriptions: part("subscriptions"),
    costs: part("costs"),
    lifecycle: part("lifecycle"),
    surveys: part("surveys"),
    tickets: part("tickets"),
    usage: part("usage"),
  };
}
