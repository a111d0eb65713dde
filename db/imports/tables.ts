import { getTableColumns, getTableName } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
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
import { annotations, costs, customers, lifecycleEvents, subscriptions, surveyResponses, targets, tickets, usage } from "../schema";

type SqlValue = string | number | null;
type Affinity = "TEXT" | "INTEGER" | "REAL";

/** How one kind is stored: the table, its columns (SQL affinity), key and record -> row mapping. */
export interface KindTable {
  table: string;
  columns: readonly (readonly [name: string, type: Affinity])[];
  key: readonly string[];
  /** Values in `columns` order. */
  values: (record: DomainRecord) => SqlValue[];
  /** The column naming a customer, when the kind references customers. */
  customerRef: string | null;
}

type ColumnsOf<T extends SQLiteTable> = T["_"]["columns"];
/** A column the import writes from the file: every column but import_id, which the import sets itself. */
type FileColumn<T extends SQLiteTable> = Exclude<keyof ColumnsOf<T> & string, "importId">;
/** What a column's cell is bound as: text, a number, or 0/1 for a boolean column. */
type CellOf<C> = C extends { _: { dataType: infer D; notNull: infer N } }
  ? (D extends "string" ? string : number) | (N extends true ? never : null)
  : never;

const AFFINITY: Record<string, Affinity> = { text: "TEXT", integer: "INTEGER", real: "REAL" };

/**
 * A kind's storage named by the Drizzle table's own properties, so renaming or retyping a column in
 * db/schema.ts fails tsc here; the SQL names and affinities are read from the same table.
 */
function kindTable<T extends SQLiteTable, const C extends readonly FileColumn<T>[]>(
  table: T,
  spec: {
    columns: C;
    key: readonly C[number][];
    customerRef?: C[number] & "customerId";
    values: (record: DomainRecord) => { [I in keyof C]: CellOf<ColumnsOf<T>[C[I]]> };
  },
): KindTable {
  const byName = getTableColumns(table) as Record<string, SQLiteColumn>;
  const sqlName = (column: C[number]) => byName[column].name;
  return {
    table: getTableName(table),
    columns: spec.columns.map((column) => [sqlName(column), AFFINITY[byName[column].getSQLType()]] as const),
    key: spec.key.map(sqlName),
    values: spec.values as (record: DomainRecord) => SqlValue[],
    customerRef: spec.customerRef ? sqlName(spec.customerRef) : null,
  };
}

export const KIND_TABLES: Record<DataKind, KindTable> = {
  customers: kindTable(customers, {
    columns: ["customerId", "name", "segment", "plan", "csm", "acquisitionChannel", "signupDate"],
    key: ["customerId"],
    values: (r) => {
      const c = r as Customer;
      return [c.customerId, c.name, c.segment === UNASSIGNED_SEGMENT ? "" : c.segment, c.plan, c.csm, c.acquisitionChannel, c.signupDate];
    },
  }),
  subscriptions: kindTable(subscriptions, {
    columns: ["subscriptionId", "customerId", "plan", "amount", "billingPeriod", "startDate", "endDate"],
    key: ["subscriptionId"],
    customerRef: "customerId",
    values: (r) => {
      const s = r as Subscription;
      return [s.subscriptionId, s.customerId, s.plan, s.amount, s.billingPeriod, s.startDate, s.endDate];
    },
  }),
  lifecycle: kindTable(lifecycleEvents, {
    columns: ["customerId", "stage", "enteredAt"],
    key: ["customerId", "stage", "enteredAt"],
    customerRef: "customerId",
    values: (r) => {
      const e = r as LifecycleEvent;
      return [e.customerId, e.stage, e.enteredAt];
    },
  }),
  costs: kindTable(costs, {
    columns: ["month", "category", "segment", "amount"],
    key: ["month", "category", "segment"],
    values: (r) => {
      const c = r as Cost;
      return [c.month, c.category, c.segment ?? "", c.amount];
    },
  }),
  surveys: kindTable(surveyResponses, {
    columns: ["responseId", "customerId", "survey", "score", "respondedAt", "comment"],
    key: ["responseId"],
    customerRef: "customerId",
    values: (r) => {
      const s = r as SurveyResponse;
      return [s.responseId, s.customerId, s.survey, s.score, s.respondedAt, s.comment];
    },
  }),
  tickets: kindTable(tickets, {
    columns: ["ticketId", "customerId", "createdAt", "firstResponseAt", "resolvedAt", "resolvedOnFirstContact", "priority", "channel"],
    key: ["ticketId"],
    customerRef: "customerId",
    values: (r) => {
      const t = r as Ticket;
      const fcr = t.resolvedOnFirstContact === null ? null : t.resolvedOnFirstContact ? 1 : 0;
      return [t.ticketId, t.customerId, t.createdAt, t.firstResponseAt, t.resolvedAt, fcr, t.priority, t.channel];
    },
  }),
  usage: kindTable(usage, {
    columns: ["customerId", "month", "activeUsers", "licensedSeats", "sessions", "avgSessionMinutes", "featuresUsed"],
    key: ["customerId", "month"],
    customerRef: "customerId",
    values: (r) => {
      const u = r as UsageRecord;
      return [u.customerId, u.month, u.activeUsers, u.licensedSeats, u.sessions, u.avgSessionMinutes, u.featuresUsed];
    },
  }),
  targets: kindTable(targets, {
    columns: ["month", "metric", "segment", "value"],
    key: ["month", "metric", "segment"],
    values: (r) => {
      const t = r as Target;
      return [t.month, t.metric, t.segment ?? "", t.value];
    },
  }),
  annotations: kindTable(annotations, {
    columns: ["date", "label", "segment"],
    key: ["date", "label"],
    values: (r) => {
      const a = r as Annotation;
      return [a.date, a.label, a.segment ?? ""];
    },
  }),
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
