import type { DatasetKind } from "../domain/types";

/** One CSV row: DATA.md column name -> cell text ('' for blank). */
export type CsvRow = Record<string, string>;

/** DATA.md's columns per kind, in DATA.md's order (the order the demo files use). */
export const CSV_COLUMNS: Record<DatasetKind, readonly string[]> = {
  customers: ["customer_id", "name", "segment", "plan", "csm", "acquisition_channel", "signup_date"],
  subscriptions: ["subscription_id", "customer_id", "plan", "amount", "billing_period", "start_date", "end_date"],
  lifecycle: ["customer_id", "stage", "entered_at"],
  costs: ["month", "category", "segment", "amount"],
  surveys: ["response_id", "customer_id", "survey", "score", "responded_at", "comment"],
  tickets: [
    "ticket_id",
    "customer_id",
    "created_at",
    "first_response_at",
    "resolved_at",
    "resolved_on_first_contact",
    "priority",
    "channel",
  ],
  usage: ["customer_id", "month", "active_users", "licensed_seats", "sessions", "avg_session_minutes", "features_used"],
};
