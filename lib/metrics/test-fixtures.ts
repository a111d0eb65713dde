import type {
  BillingPeriod,
  Cost,
  Customer,
  Dataset,
  Filters,
  LifecycleEvent,
  Subscription,
  SurveyResponse,
  Ticket,
  UsageRecord,
} from "@/lib/domain/types";
import type { CustomerRecords } from "./customer-detail";
import type { RowsOf } from "./customer-rows";
import { compareResponses, lifecycleColumns, surveyColumns, ticketColumns, usageColumns } from "./event-columns";
import { compareEvents } from "./lifecycle-stages";
import { prepareDataset, type PreparedDataset } from "./prepare";

export const NO_FILTERS: Filters = { segment: null, csm: null, plan: null };

export function customer(customerId: string, over: Partial<Customer> = {}): Customer {
  return {
    customerId,
    name: customerId,
    segment: "SMB",
    plan: null,
    csm: null,
    acquisitionChannel: null,
    signupDate: "2020-01-01",
    ...over,
  };
}

let nextId = 0;
export function sub(
  customerId: string,
  amount: number,
  startDate: string,
  endDate: string | null = null,
  billingPeriod: BillingPeriod = "month",
): Subscription {
  return { subscriptionId: `s${++nextId}`, customerId, plan: null, amount, billingPeriod, startDate, endDate };
}

export function cost(month: string, category: Cost["category"], amount: number, segment: string | null = null): Cost {
  return { month, category, amount, segment };
}

export function dataset(part: Partial<Dataset>): Dataset {
  return { customers: [], subscriptions: [], lifecycle: [], costs: [], surveys: [], tickets: [], usage: [], ...part };
}

/** Customers are created for every customer_id of the subscriptions unless given. */
export function prepare(part: Partial<Dataset>): PreparedDataset {
  const customers = part.customers ?? [...new Set((part.subscriptions ?? []).map((s) => s.customerId))].map((id) => customer(id));
  return prepareDataset(dataset({ ...part, customers }));
}

/** One customer's rows as the health functions read them: every row of the list. */
function allRows<C>(cols: C, length: number): RowsOf<C> {
  return { cols, rows: Int32Array.from({ length }, (_, i) => i), from: 0, to: length };
}
export const usageRows = (rows: readonly UsageRecord[]) => allRows(usageColumns(rows), rows.length);
export const ticketRows = (rows: readonly Ticket[]) => allRows(ticketColumns(rows), rows.length);
/** In prepared order (compareEvents). */
export const eventRows = (events: readonly LifecycleEvent[]) => allRows(lifecycleColumns([...events].sort(compareEvents)), events.length);
/** In prepared order (instant, then response id). */
export const surveyRows = (rows: readonly SurveyResponse[]) => allRows(surveyColumns([...rows].sort(compareResponses)), rows.length);

/** What the data layer reads for the customer page, from records held as objects. */
export function recordsOf(part: Partial<Dataset>, customerId: string): CustomerRecords {
  const mine = <T extends { customerId: string | null }>(rows: readonly T[] = []) => rows.filter((r) => r.customerId === customerId);
  return {
    subscriptions: mine(part.subscriptions),
    lifecycle: mine(part.lifecycle),
    tickets: mine(part.tickets),
    surveys: mine(part.surveys),
  };
}
