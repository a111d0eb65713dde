import type { KeelDb } from "../connection";
import { lifecycleEvents, subscriptions, surveyResponses, tickets } from "../schema";
import { rowsWhere } from "./raw-select";
import type { BillingPeriod, LifecycleStage, SurveyKind } from "@/lib/domain/types";
import type { CustomerRecords } from "@/lib/metrics/customer-detail";

/** One customer's subscriptions, lifecycle events, tickets and surveys (with their ids and comments), by the customer_id indexes. */
export function loadCustomerRecords(db: KeelDb, customerId: string): CustomerRecords {
  const s = subscriptions;
  const e = lifecycleEvents;
  const t = tickets;
  const r = surveyResponses;
  return {
    subscriptions: rowsWhere(
      db,
      s,
      [s.subscriptionId, s.plan, s.amount, s.billingPeriod, s.startDate, s.endDate] as const,
      s.customerId,
      customerId,
    ).map(([subscriptionId, plan, amount, billingPeriod, startDate, endDate]) => ({
      subscriptionId,
      customerId,
      plan,
      amount,
      billingPeriod: billingPeriod as BillingPeriod,
      startDate,
      endDate,
    })),
    lifecycle: rowsWhere(db, e, [e.stage, e.enteredAt] as const, e.customerId, customerId).map(([stage, enteredAt]) => ({
      customerId,
      stage: stage as LifecycleStage,
      enteredAt,
    })),
    tickets: rowsWhere(
      db,
      t,
      [t.ticketId, t.createdAt, t.firstResponseAt, t.resolvedAt, t.resolvedOnFirstContact, t.priority, t.channel] as const,
      t.customerId,
      customerId,
      [t.createdAt],
    ).map(([ticketId, createdAt, firstResponseAt, resolvedAt, fcr, priority, channel]) => ({
      ticketId,
      customerId,
      createdAt,
      firstResponseAt,
      resolvedAt,
      resolvedOnFirstContact: fcr === null ? null : fcr === 1,
      priority,
      channel,
    })),
    surveys: rowsWhere(db, r, [r.responseId, r.survey, r.score, r.respondedAt, r.comment] as const, r.customerId, customerId, [
      r.respondedAt,
    ]).map(([responseId, survey, score, respondedAt, comment]) => ({
      responseId,
      customerId,
      survey: survey as SurveyKind,
      score,
      respondedAt,
      comment,
    })),
  };
}
