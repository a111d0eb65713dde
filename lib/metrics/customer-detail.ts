import { MS_PER_HOUR, indexToMonth, monthToIndex } from "@/lib/domain/months";
import type {
  BillingPeriod,
  HealthSettings,
  LifecycleEvent,
  LifecycleStage,
  Month,
  Subscription,
  SurveyKind,
  SurveyResponse,
  Ticket,
} from "@/lib/domain/types";
import { healthInputs } from "./compute-metrics";
import { customerStatus } from "./customer-list-sort";
import type { CustomerStatus } from "./customer-list-types";
import { customerMrrHistory } from "./customer-mrr";
import { scoreCustomerHealth, shownFactors, type HealthBand, type HealthFactor } from "./health";
import { healthSignals, type HealthSignal } from "./health-signals";
import { compareEvents } from "./lifecycle-stages";
import { currentStages, eventsOfCustomer } from "./lifecycle-stuck";
import type { MovementType } from "./movements";
import { mrrColumn, subscriptionUnits, toArr, toMrr } from "./mrr";
import type { PreparedDataset } from "./prepare";

/** GET /api/customers/{id}. Instants are ISO 8601 UTC strings; money in major units, unrounded. */
export interface CustomerDetail {
  customer_id: string;
  name: string;
  segment: string;
  plan: string | null;
  csm: string | null;
  acquisition_channel: string | null;
  signup_date: string;
  /** The month health, status and MRR are taken at (default: the latest month with data). */
  as_of: Month;
  mrr: number;
  arr: number;
  status: CustomerStatus;
  current_stage: LifecycleStage | null;
  mrr_history: { month: Month; mrr: number; movement: MovementType | null; amount: number }[];
  movements: { month: Month; movement: MovementType; amount: number; mrr_before: number; mrr_after: number }[];
  subscriptions: {
    subscription_id: string;
    plan: string | null;
    amount: number;
    billing_period: BillingPeriod;
    mrr: number;
    start_date: string;
    end_date: string | null;
  }[];
  lifecycle: { stage: LifecycleStage; entered_at: string }[];
  tickets: {
    ticket_id: string;
    created_at: string;
    first_response_at: string | null;
    resolved_at: string | null;
    first_response_hours: number | null;
    resolution_hours: number | null;
    resolved_on_first_contact: boolean | null;
    priority: string | null;
    channel: string | null;
  }[];
  surveys: { response_id: string; survey: SurveyKind; score: number; responded_at: string; comment: string | null }[];
  health: {
    score: number;
    band: HealthBand;
    /** The default three factors, plus any other with a weight above 0. */
    factors: Partial<Record<HealthFactor, number>>;
    weights: Record<HealthFactor, number>;
    weakest_factor: HealthFactor;
    /** Every factor, weighted or not, with its raw values and its trend over the last three months. */
    signals: HealthSignal[];
  } | null;
  /** Why `health` is null. */
  health_reason: string | null;
}

/** One customer's stored rows that the page lists, read by the data layer (the prepared data set holds no ids or comments). */
export interface CustomerRecords {
  subscriptions: readonly Subscription[];
  lifecycle: readonly LifecycleEvent[];
  tickets: readonly Ticket[];
  surveys: readonly SurveyResponse[];
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const hoursBetween = (from: number, to: number | null) => (to === null ? null : (to - from) / MS_PER_HOUR);

/** One customer's page; null for an unknown id. `asOf` defaults to the latest month with data. */
export function customerDetail(
  p: PreparedDataset,
  customerId: string,
  records: CustomerRecords,
  settings: HealthSettings,
  asOf?: Month,
): CustomerDetail | null {
  const c = p.customerIndex.get(customerId);
  if (c === undefined) return null;
  const cust = p.customers[c];
  const month = asOf ?? (p.latestMonth !== null ? indexToMonth(p.latestMonth) : cust.signupDate.slice(0, 7));
  const units = mrrColumn(p.mrr, monthToIndex(month))[c];
  const status = customerStatus(units, p.mrr.firstActive[c], monthToIndex(month));
  const inputs = healthInputs(p);
  const health = units > 0 ? scoreCustomerHealth(customerId, inputs, month, settings) : null;
  const subscriptions = [...records.subscriptions].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  const firstMonth = subscriptions.length > 0 ? subscriptions[0].startDate.slice(0, 7) : null;
  const history = (customerMrrHistory(p, customerId) ?? [])
    .filter((h) => firstMonth !== null && h.month >= firstMonth)
    .map((h) => ({ month: h.month, mrr: h.mrr, movement: h.movement, amount: h.amount }));

  return {
    customer_id: cust.customerId,
    name: cust.name,
    segment: cust.segment,
    plan: cust.plan,
    csm: cust.csm,
    acquisition_channel: cust.acquisitionChannel,
    signup_date: cust.signupDate,
    as_of: month,
    mrr: toMrr(units),
    arr: toArr(units),
    status,
    current_stage: currentStages(eventsOfCustomer(p), [customerId]).get(customerId)?.stage ?? null,
    mrr_history: history,
    movements: history.flatMap((h, i) =>
      h.movement
        ? [{ month: h.month, movement: h.movement, amount: h.amount, mrr_before: i > 0 ? history[i - 1].mrr : 0, mrr_after: h.mrr }]
        : [],
    ),
    subscriptions: subscriptions.map((s) => ({
      subscription_id: s.subscriptionId,
      plan: s.plan,
      amount: s.amount,
      billing_period: s.billingPeriod,
      mrr: toMrr(subscriptionUnits(s)),
      start_date: s.startDate,
      end_date: s.endDate,
    })),
    lifecycle: [...records.lifecycle].sort(compareEvents).map((e) => ({ stage: e.stage, entered_at: iso(e.enteredAt)! })),
    tickets: [...records.tickets]
      .sort((a, b) => b.createdAt - a.createdAt)
      .map((t) => ({
        ticket_id: t.ticketId,
        created_at: iso(t.createdAt)!,
        first_response_at: iso(t.firstResponseAt),
        resolved_at: iso(t.resolvedAt),
        first_response_hours: hoursBetween(t.createdAt, t.firstResponseAt),
        resolution_hours: hoursBetween(t.createdAt, t.resolvedAt),
        resolved_on_first_contact: t.resolvedOnFirstContact,
        priority: t.priority,
        channel: t.channel,
      })),
    surveys: [...records.surveys]
      .sort((a, b) => b.respondedAt - a.respondedAt)
      .map((r) => ({ response_id: r.responseId, survey: r.survey, score: r.score, responded_at: iso(r.respondedAt)!, comment: r.comment })),
    health: health && {
      score: health.score,
      band: health.band,
      factors: shownFactors(health.factors, settings.weights),
      weights: settings.weights,
      weakest_factor: health.weakestFactor,
      signals: healthSignals(customerId, inputs, month, settings),
    },
    health_reason: health ? null : `Not active in ${month} (no MRR), so not scored: only active customers have a health score.`,
  };
}
