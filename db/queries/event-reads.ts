import type { KeelDb } from "../connection";
import { lifecycleEvents, surveyResponses, tickets, usage } from "../schema";
import { countRows, iterateRows } from "./raw-select";
import { monthToIndex } from "@/lib/domain/months";
import { stageIndex } from "@/lib/domain/stage-index";
import type { LifecycleStage, SurveyKind } from "@/lib/domain/types";
import { groupByCustomer, timeOrdered, type EventTable } from "@/lib/metrics/customer-rows";
import {
  SURVEY_KIND_CODES,
  emptyLifecycleColumns,
  emptySurveyColumns,
  emptyTicketColumns,
  emptyUsageColumns,
  eventOrderKey,
  setTicket,
  setUsage,
  type LifecycleColumns,
  type SurveyColumns,
  type TicketColumns,
  type UsageColumns,
} from "@/lib/metrics/event-columns";

/*
 * The event kinds (millions of rows at 50,000 customers) read straight from SQLite's arrays into
 * typed columns, never an object per row, in the order the metrics read them. A row's customer is
 * first a code into the read's own list of customer ids, so the columns do not depend on the
 * customers part: db/queries/event-snapshots.ts stores them as they are, and withCustomerIndex
 * turns the codes into customer indexes when the data set is built.
 */

export interface EventColumnsByKind {
  lifecycle: LifecycleColumns;
  surveys: SurveyColumns;
  tickets: TicketColumns;
  usage: UsageColumns;
}
export type EventKind = keyof EventColumnsByKind;
export const EVENT_KINDS = ["lifecycle", "surveys", "tickets", "usage"] as const satisfies readonly EventKind[];

/** A kind's columns in prepared order, `customer` holding codes into `customerIds` (-1: no customer). */
export interface CodedColumns<C> {
  cols: C;
  customerIds: string[];
}

class CustomerCodes {
  readonly ids: string[] = [];
  private readonly codes = new Map<string, number>();

  code(id: string | null): number {
    if (id === null) return -1;
    let code = this.codes.get(id);
    if (code === undefined) {
      code = this.ids.length;
      this.codes.set(id, code);
      this.ids.push(id);
    }
    return code;
  }
}

/** Each customer's events in compareEvents order. */
function readLifecycle(db: KeelDb): CodedColumns<LifecycleColumns> {
  const e = lifecycleEvents;
  const cols = emptyLifecycleColumns(countRows(db, e));
  const customers = new CustomerCodes();
  let i = 0;
  for (const [customerId, stage, enteredAt] of iterateRows(db, e, [e.customerId, e.stage, e.enteredAt] as const)) {
    cols.customer[i] = customers.code(customerId);
    cols.stage[i] = stageIndex(stage as LifecycleStage);
    cols.enteredAt[i] = enteredAt;
    i++;
  }
  return { cols: timeOrdered(cols, eventOrderKey), customerIds: customers.ids };
}

/** In time order; read per customer by instant then response id, so each customer's latest response is its last row. */
function readSurveys(db: KeelDb): CodedColumns<SurveyColumns> {
  const r = surveyResponses;
  const cols = emptySurveyColumns(countRows(db, r));
  const customers = new CustomerCodes();
  let i = 0;
  for (const [customerId, survey, score, respondedAt] of iterateRows(db, r, [r.customerId, r.survey, r.score, r.respondedAt] as const, [
    r.customerId,
    r.respondedAt,
    r.responseId,
  ])) {
    cols.customer[i] = customers.code(customerId);
    cols.kind[i] = SURVEY_KIND_CODES[survey as SurveyKind];
    cols.score[i] = score;
    cols.respondedAt[i] = respondedAt;
    i++;
  }
  return { cols: timeOrdered(cols, (c) => c.respondedAt), customerIds: customers.ids };
}

/** In time order. */
function readTickets(db: KeelDb): CodedColumns<TicketColumns> {
  const t = tickets;
  const cols = emptyTicketColumns(countRows(db, t));
  const customers = new CustomerCodes();
  let i = 0;
  for (const [customerId, createdAt, firstResponseAt, resolvedAt, fcr] of iterateRows(db, t, [
    t.customerId,
    t.createdAt,
    t.firstResponseAt,
    t.resolvedAt,
    t.resolvedOnFirstContact,
  ] as const)) {
    setTicket(cols, i++, customers.code(customerId), createdAt, firstResponseAt, resolvedAt, fcr);
  }
  return { cols: timeOrdered(cols, (c) => c.createdAt), customerIds: customers.ids };
}

/** In stored order. */
function readUsage(db: KeelDb): CodedColumns<UsageColumns> {
  const u = usage;
  const cols = emptyUsageColumns(countRows(db, u));
  const customers = new CustomerCodes();
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
    setUsage(cols, i++, customers.code(customerId), m, activeUsers, seats, sessions, minutes, features);
  }
  return { cols, customerIds: customers.ids };
}

export const readEventColumns: { [K in EventKind]: (db: KeelDb) => CodedColumns<EventColumnsByKind[K]> } = {
  lifecycle: readLifecycle,
  surveys: readSurveys,
  tickets: readTickets,
  usage: readUsage,
};

/** Empty columns of each kind: their keys, in this order, are the layout of a stored snapshot. */
export const emptyEventColumns: { [K in EventKind]: (rows: number) => EventColumnsByKind[K] } = {
  lifecycle: emptyLifecycleColumns,
  surveys: emptySurveyColumns,
  tickets: emptyTicketColumns,
  usage: emptyUsageColumns,
};

/**
 * The table of the coded columns for `index`: each code becomes its customer's index (-1 for no
 * customer or an id not among the customers), and each customer's rows are grouped. Reuses the
 * columns of `coded` (their customer column is overwritten).
 */
export function withCustomerIndex<C extends { customer: Int32Array }>(
  coded: CodedColumns<C>,
  index: ReadonlyMap<string, number>,
): EventTable<C> {
  const indexOfCode = Int32Array.from(coded.customerIds, (id) => index.get(id) ?? -1);
  const customer = coded.cols.customer;
  for (let i = 0; i < customer.length; i++) {
    const code = customer[i];
    customer[i] = code < 0 ? -1 : indexOfCode[code];
  }
  return { cols: coded.cols, byCustomer: groupByCustomer(customer, index.size) };
}
