import { BILLING_PERIODS, COST_CATEGORIES, LIFECYCLE_STAGES, SURVEY_KINDS, type DataKind } from "../domain/types";
import {
  enumParser,
  parseBoolean,
  parseCount,
  parseDate,
  parseInteger,
  parseMonth,
  parseNonNegative,
  parseNumber,
  parseTimestamp,
  type CellResult,
} from "./cells";
import { SUMMARY_FIELDS } from "../metrics/summary-fields";

export interface ColumnDef {
  name: string;
  required: boolean;
  /** Turns a trimmed, non-blank cell into its value. */
  parse: (text: string) => CellResult<unknown>;
  /** The value of a blank optional cell. */
  blank?: unknown;
  /** Template example cells, one per example row. */
  examples: readonly [string, string, string];
}

const text = (value: string): CellResult<string> => ({ ok: true, value });
const amount = (t: string) => parseNonNegative(t, "amounts");
const minutes = (t: string) => parseNonNegative(t, "minutes");

const summaryField = enumParser(SUMMARY_FIELDS);
const metric = (t: string): CellResult<unknown> => {
  const result = summaryField(t);
  if (result.ok) return result;
  return { ok: false, message: `is not a metric Keel reports; use a field name of the API's summary: ${SUMMARY_FIELDS.join(", ")}` };
};

const col = (
  name: string,
  required: boolean,
  parse: ColumnDef["parse"],
  examples: ColumnDef["examples"],
  blank: unknown = null,
): ColumnDef => ({ name, required, parse, examples, blank });

export const KIND_COLUMNS: Record<DataKind, readonly ColumnDef[]> = {
  customers: [
    col("customer_id", true, text, ["C-001", "C-002", "C-003"]),
    col("name", true, text, ["Acme Corp", "Globex", "Initech"]),
    col("segment", false, text, ["Enterprise", "SMB", ""], ""),
    col("plan", false, text, ["Pro", "Starter", "Pro"]),
    col("csm", false, text, ["Ana", "Ben", ""]),
    col("acquisition_channel", false, text, ["outbound", "referral", "organic"]),
    col("signup_date", true, parseDate, ["2024-01-15", "2024-02-03", "2024-03-20"]),
  ],
  subscriptions: [
    col("subscription_id", true, text, ["S-001", "S-002", "S-003"]),
    col("customer_id", true, text, ["C-001", "C-002", "C-003"]),
    col("plan", false, text, ["Pro", "Starter", "Pro"]),
    col("amount", true, amount, ["1200.00", "99", "2400.50"]),
    col(
      "billing_period",
      false,
      enumParser(BILLING_PERIODS, { monthly: "month", quarterly: "quarter", yearly: "year", annual: "year", annually: "year" }),
      ["month", "month", "year"],
      "month",
    ),
    col("start_date", true, parseDate, ["2024-02-01", "2024-02-15", "2024-04-01"]),
    col("end_date", false, parseDate, ["", "2024-08-15", ""]),
  ],
  lifecycle: [
    col("customer_id", true, text, ["C-001", "C-001", "C-002"]),
    col("stage", true, enumParser(LIFECYCLE_STAGES), ["onboarding", "early_adoption", "churn"]),
    col("entered_at", true, parseTimestamp, ["2024-01-20T10:00:00Z", "2024-03-01T09:30:00Z", "2024-08-15"]),
  ],
  costs: [
    col("month", true, parseMonth, ["2024-03", "2024-03", "2024-03"]),
    col("category", true, enumParser(COST_CATEGORIES), ["customer_success", "support", "sales_marketing"]),
    col("segment", false, text, ["Enterprise", "", ""]),
    col("amount", true, amount, ["8000", "4500.50", "12000"]),
  ],
  surveys: [
    col("response_id", true, text, ["R-001", "R-002", "R-003"]),
    col("customer_id", false, text, ["C-001", "C-002", ""]),
    col("survey", true, enumParser(SURVEY_KINDS), ["nps", "csat", "ces"]),
    col("score", true, parseInteger, ["9", "4", "2"]),
    col("responded_at", true, parseTimestamp, ["2024-03-05T14:00:00Z", "2024-03-06", "2024-03-07T08:15:00+02:00"]),
    col("comment", false, text, ["Great onboarding", "", "Setup took a while"]),
  ],
  tickets: [
    col("ticket_id", true, text, ["T-001", "T-002", "T-003"]),
    col("customer_id", false, text, ["C-001", "C-002", ""]),
    col("created_at", true, parseTimestamp, ["2024-03-01T09:00:00Z", "2024-03-02T11:30:00Z", "2024-03-03T16:45:00Z"]),
    col("first_response_at", false, parseTimestamp, ["2024-03-01T10:15:00Z", "2024-03-02T12:00:00Z", ""]),
    col("resolved_at", false, parseTimestamp, ["2024-03-01T10:15:00Z", "2024-03-04T09:00:00Z", ""]),
    col("resolved_on_first_contact", false, parseBoolean, ["true", "no", ""]),
    col("priority", false, text, ["normal", "high", "low"]),
    col("channel", false, text, ["email", "chat", "phone"]),
  ],
  usage: [
    col("customer_id", true, text, ["C-001", "C-002", "C-001"]),
    col("month", true, parseMonth, ["2024-03", "2024-03", "2024-04"]),
    col("active_users", true, parseCount, ["42", "7", "45"]),
    col("licensed_seats", false, parseCount, ["50", "10", "50"]),
    col("sessions", false, parseCount, ["1200", "85", ""]),
    col("avg_session_minutes", false, minutes, ["14.5", "6", ""]),
    col("features_used", false, parseCount, ["12", "4", ""]),
  ],
  targets: [
    col("month", true, parseMonth, ["2024-06", "2024-06", "2024-06"]),
    col("metric", true, metric, ["mrr", "nrr", "logo_churn_rate"]),
    col("segment", false, text, ["", "", "SMB"], ""),
    col("value", true, parseNumber, ["50000", "105", "1.5"]),
  ],
  annotations: [
    col("date", true, parseDate, ["2024-03-01", "2024-06-15", "2024-09-01"]),
    col("label", true, text, ["Price change", "Launched SSO", "New onboarding flow"]),
    col("segment", false, text, ["", "Enterprise", ""], ""),
  ],
};

/** The columns that identify a row; re-importing a key updates that row. */
export const KIND_KEYS: Record<DataKind, readonly string[]> = {
  customers: ["customer_id"],
  subscriptions: ["subscription_id"],
  lifecycle: ["customer_id", "stage", "entered_at"],
  costs: ["month", "category", "segment"],
  surveys: ["response_id"],
  tickets: ["ticket_id"],
  usage: ["customer_id", "month"],
  targets: ["month", "metric", "segment"],
  annotations: ["date", "label"],
};

export function requiredColumns(kind: DataKind): string[] {
  return KIND_COLUMNS[kind].filter((c) => c.required).map((c) => c.name);
}

export function columnNames(kind: DataKind): string[] {
  return KIND_COLUMNS[kind].map((c) => c.name);
}
