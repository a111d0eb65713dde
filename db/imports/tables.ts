import {
  UNASSIGNED_SEGMENT,
  type Annotation,
  type Cost,
  type Customer,
  type DataKind,
  type LifecycleEvent,
  type Subscription,
  type SurveyResponse,
  type Target,
  type Ticket,
  type UsageRecord,
} from "@/lib/domain/types";
import type { DomainRecord } from "@/lib/import/row-schemas";

type SqlValue = string | number | null;

/** How one kind is stored: the table, its columns (SQL affinity), key and record -> row mapping. */
export interface KindTable {
  table: string;
  columns: readonly (readonly [name: string, type: "TEXT" | "INTEGER" | "REAL"])[];
  key: readonly string[];
  /** Values in `columns` order. */
  values: (record: DomainRecord) => SqlValue[];
  /** The column naming a customer, when the kind references customers. */
  customerRef: string | null;
}

const T = "TEXT" as const;
const I = "INTEGER" as const;
const R = "REAL" as const;

export const KIND_TABLES: Record<DataKind, KindTable> = {
  customers: {
    table: "customers",
    columns: [["customer_id", T], ["name", T], ["segment", T], ["plan", T], ["csm", T], ["acquisition_channel", T], ["signup_date", T]],
    key: ["customer_id"],
    values: (r) => {
      const c = r as Customer;
      return [c.customerId, c.name, c.segment === UNASSIGNED_SEGMENT ? "" : c.segment, c.plan, c.csm, c.acquisitionChannel, c.signupDate];
    },
    customerRef: null,
  },
  subscriptions: {
    table: "subscriptions",
    columns: [["subscription_id", T], ["customer_id", T], ["plan", T], ["amount", R], ["billing_period", T], ["start_date", T], ["end_date", T]],
    key: ["subscription_id"],
    values: (r) => {
      const s = r as Subscription;
      return [s.subscriptionId, s.customerId, s.plan, s.amount, s.billingPeriod, s.startDate, s.endDate];
    },
    customerRef: "customer_id",
  },
  lifecycle: {
    table: "lifecycle_events",
    columns: [["customer_id", T], ["stage", T], ["entered_at", I]],
    key: ["customer_id", "stage", "entered_at"],
    values: (r) => {
      const e = r as LifecycleEvent;
      return [e.customerId, e.stage, e.enteredAt];
    },
    customerRef: "customer_id",
  },
  costs: {
    table: "costs",
    columns: [["month", T], ["category", T], ["segment", T], ["amount", R]],
    key: ["month", "category", "segment"],
    values: (r) => {
      const c = r as Cost;
      return [c.month, c.category, c.segment ?? "", c.amount];
    },
    customerRef: null,
  },
  surveys: {
    table: "survey_responses",
    columns: [["response_id", T], ["customer_id", T], ["survey", T], ["score", I], ["responded_at", I], ["comment", T]],
    key: ["response_id"],
    values: (r) => {
      const s = r as SurveyResponse;
      return [s.responseId, s.customerId, s.survey, s.score, s.respondedAt, s.comment];
    },
    customerRef: "customer_id",
  },
  tickets: {
    table: "tickets",
    columns: [
      ["ticket_id", T], ["customer_id", T], ["created_at", I], ["first_response_at", I], ["resolved_at", I],
      ["resolved_on_first_contact", I], ["priority", T], ["channel", T],
    ],
    key: ["ticket_id"],
    values: (r) => {
      const t = r as Ticket;
      const fcr = t.resolvedOnFirstContact === null ? null : t.resolvedOnFirstContact ? 1 : 0;
      return [t.ticketId, t.customerId, t.createdAt, t.firstResponseAt, t.resolvedAt, fcr, t.priority, t.channel];
    },
    customerRef: "customer_id",
  },
  usage: {
    table: "usage",
    columns: [
      ["customer_id", T], ["month", T], ["active_users", I], ["licensed_seats", I], ["sessions", I],
      ["avg_session_minutes", R], ["features_used", I],
    ],
    key: ["customer_id", "month"],
    values: (r) => {
      const u = r as UsageRecord;
      return [u.customerId, u.month, u.activeUsers, u.licensedSeats, u.sessions, u.avgSessionMinutes, u.featuresUsed];
    },
    customerRef: "customer_id",
  },
  targets: {
    table: "targets",
    columns: [["month", T], ["metric", T], ["segment", T], ["value", R]],
    key: ["month", "metric", "segment"],
    values: (r) => {
      const t = r as Target;
      return [t.month, t.metric, t.segment ?? "", t.value];
    },
    customerRef: null,
  },
  annotations: {
    table: "annotations",
    columns: [["date", T], ["label", T], ["segment", T]],
    key: ["date", "label"],
    values: (r) => {
      const a = r as Annotation;
      return [a.date, a.label, a.segment ?? ""];
    },
    customerRef: null,
  },
};

/** The text stored as import_row_versions.row_key for the row aliased `alias`. */
export function rowKeySql(spec: KindTable, alias: string): string {
  return spec.key.length === 1 ? `${alias}.${spec.key[0]}` : `json_array(${spec.key.map((k) => `${alias}.${k}`).join(", ")})`;
}

export function keyJoinSql(spec: KindTable, a: string, b: string): string {
  return spec.key.map((k) => `${a}.${k} = ${b}.${k}`).join(" AND ");
}

export function valueColumns(spec: KindTable): string[] {
  return spec.columns.map(([name]) => name).filter((name) => !spec.key.includes(name));
}

/** True when the rows aliased `a` and `b` differ in a non-key column. */
export function differsSql(spec: KindTable, a: string, b: string): string {
  const cols = valueColumns(spec);
  return cols.length ? `(${cols.map((c) => `${a}.${c} IS NOT ${b}.${c}`).join(" OR ")})` : "0";
}

/** json_object of every stored column of row `alias`, including import_id. */
export function rowJsonSql(spec: KindTable, alias: string): string {
  const parts = [...spec.columns.map(([c]) => `'${c}', ${alias}.${c}`), `'import_id', ${alias}.import_id`];
  return `json_object(${parts.join(", ")})`;
}
