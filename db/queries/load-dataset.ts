import type { KeelDb } from "../connection";
import type { Cost, Customer, Dataset, LifecycleEvent, Subscription, SurveyResponse, Ticket, UsageRecord } from "@/lib/domain/types";

/*
 * Plain prepared statements whose column aliases are already the domain field names: this runs
 * over every stored row after each import, and skipping the ORM's row mapping makes it several
 * times faster on millions of rows.
 */
const QUERIES = {
  customers: `select customer_id as customerId, name, case when segment = '' then 'Unassigned' else segment end as segment,
    plan, csm, acquisition_channel as acquisitionChannel, signup_date as signupDate from customers`,
  subscriptions: `select subscription_id as subscriptionId, customer_id as customerId, plan, amount,
    billing_period as billingPeriod, start_date as startDate, end_date as endDate from subscriptions`,
  lifecycle: `select customer_id as customerId, stage, entered_at as enteredAt from lifecycle_events`,
  costs: `select month, category, nullif(segment, '') as segment, amount from costs`,
  surveys: `select response_id as responseId, customer_id as customerId, survey, score, responded_at as respondedAt, comment
    from survey_responses`,
  tickets: `select ticket_id as ticketId, customer_id as customerId, created_at as createdAt, first_response_at as firstResponseAt,
    resolved_at as resolvedAt, resolved_on_first_contact as resolvedOnFirstContact, priority, channel from tickets`,
  usage: `select customer_id as customerId, month, active_users as activeUsers, licensed_seats as licensedSeats, sessions,
    avg_session_minutes as avgSessionMinutes, features_used as featuresUsed from usage`,
} as const;

function all<T>(db: KeelDb, sql: string): T[] {
  return db.$client.prepare(sql).all() as T[];
}

/**
 * Each row read from SQLite carries its own copy of the customer id string; pointing the rows at
 * the customers' own strings (same value) keeps one copy per customer instead of one per row.
 */
function shareCustomerIds<T extends { customerId: string | null }>(rows: T[], ids: ReadonlyMap<string, string>): T[] {
  for (const row of rows) {
    if (row.customerId !== null) row.customerId = ids.get(row.customerId) ?? row.customerId;
  }
  return rows;
}

/** Reads every stored record into the shapes lib/metrics computes from. */
export function loadDataset(db: KeelDb): Dataset {
  const customers = all<Customer>(db, QUERIES.customers);
  const ids = new Map(customers.map((c) => [c.customerId, c.customerId]));
  const tickets = all<Omit<Ticket, "resolvedOnFirstContact"> & { resolvedOnFirstContact: number | boolean | null }>(db, QUERIES.tickets);
  // Converted in place: a copy of every ticket would double the rows held while loading.
  for (const t of tickets) t.resolvedOnFirstContact = t.resolvedOnFirstContact === null ? null : t.resolvedOnFirstContact === 1;
  return {
    customers,
    subscriptions: shareCustomerIds(all<Subscription>(db, QUERIES.subscriptions), ids),
    lifecycle: shareCustomerIds(all<LifecycleEvent>(db, QUERIES.lifecycle), ids),
    costs: all<Cost>(db, QUERIES.costs),
    surveys: shareCustomerIds(all<SurveyResponse>(db, QUERIES.surveys), ids),
    tickets: shareCustomerIds(tickets as Ticket[], ids),
    usage: shareCustomerIds(all<UsageRecord>(db, QUERIES.usage), ids),
  };
}
