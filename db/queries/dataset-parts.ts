import type { KeelDb } from "../connection";
import { getKindVersions } from "../data-version";
import { costs, customers, subscriptions } from "../schema";
import { readEventColumns, withCustomerIndex, type EventColumnsByKind, type EventKind } from "./event-reads";
import { readEventSnapshot } from "./event-snapshots";
import { iterateRows } from "./raw-select";
import { UNASSIGNED_SEGMENT, type BillingPeriod, type DatasetKind, type Cost, type Customer, type Subscription } from "@/lib/domain/types";
import type { EventTable } from "@/lib/metrics/customer-rows";
import { indexCustomers, type DatasetParts } from "@/lib/metrics/prepare";

/*
 * Reads each kind into the part lib/metrics/prepare.ts computes from. The event kinds come as typed
 * columns (db/queries/event-reads.ts), from their stored snapshot when it is current; ids and
 * comments are left in the database.
 */

/** A customer's position in the customers part; -1 for none or unknown. */
export type CustomerIndex = ReadonlyMap<string, number>;

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

/**
 * An event kind's table for the customer index: from its snapshot when one was written at the kind's
 * current version, else from its rows. Inside a read transaction, both come from the same snapshot of the database.
 */
export function loadEventTable<K extends EventKind>(db: KeelDb, kind: K, index: CustomerIndex): EventTable<EventColumnsByKind[K]> {
  const version = getKindVersions(db).get(kind) ?? 0;
  return withCustomerIndex(readEventSnapshot(db, kind, version) ?? readEventColumns[kind](db), index);
}

type PartLoaders = {
  [K in Exclude<DatasetKind, "customers">]: (db: KeelDb, index: CustomerIndex, all: readonly Customer[]) => DatasetParts[K];
};

const LOADERS: PartLoaders = {
  subscriptions: loadSubscriptions,
  lifecycle: (db, index) => loadEventTable(db, "lifecycle", index),
  costs: (db) => loadCosts(db),
  surveys: (db, index) => loadEventTable(db, "surveys", index),
  tickets: (db, index) => loadEventTable(db, "tickets", index),
  usage: (db, index) => loadEventTable(db, "usage", index),
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
