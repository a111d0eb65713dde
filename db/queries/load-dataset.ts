import type { KeelDb } from "../connection";
import * as t from "../schema";
import {
  UNASSIGNED_SEGMENT,
  type BillingPeriod,
  type CostCategory,
  type Dataset,
  type LifecycleStage,
  type SurveyKind,
} from "@/lib/domain/types";

/** Reads every stored record into the shapes lib/metrics computes from. */
export function loadDataset(db: KeelDb): Dataset {
  return {
    customers: db
      .select()
      .from(t.customers)
      .all()
      .map((c) => ({
        customerId: c.customerId,
        name: c.name,
        segment: c.segment === "" ? UNASSIGNED_SEGMENT : c.segment,
        plan: c.plan,
        csm: c.csm,
        acquisitionChannel: c.acquisitionChannel,
        signupDate: c.signupDate,
      })),
    subscriptions: db
      .select()
      .from(t.subscriptions)
      .all()
      .map((s) => ({
        subscriptionId: s.subscriptionId,
        customerId: s.customerId,
        plan: s.plan,
        amount: s.amount,
        billingPeriod: s.billingPeriod as BillingPeriod,
        startDate: s.startDate,
        endDate: s.endDate,
      })),
    lifecycle: db
      .select({ customerId: t.lifecycleEvents.customerId, stage: t.lifecycleEvents.stage, enteredAt: t.lifecycleEvents.enteredAt })
      .from(t.lifecycleEvents)
      .all()
      .map((e) => ({ ...e, stage: e.stage as LifecycleStage })),
    costs: db
      .select()
      .from(t.costs)
      .all()
      .map((c) => ({
        month: c.month,
        category: c.category as CostCategory,
        segment: c.segment === "" ? null : c.segment,
        amount: c.amount,
      })),
    surveys: db
      .select()
      .from(t.surveyResponses)
      .all()
      .map((r) => ({
        responseId: r.responseId,
        customerId: r.customerId,
        survey: r.survey as SurveyKind,
        score: r.score,
        respondedAt: r.respondedAt,
        comment: r.comment,
      })),
    tickets: db
      .select()
      .from(t.tickets)
      .all()
      .map((k) => ({
        ticketId: k.ticketId,
        customerId: k.customerId,
        createdAt: k.createdAt,
        firstResponseAt: k.firstResponseAt,
        resolvedAt: k.resolvedAt,
        resolvedOnFirstContact: k.resolvedOnFirstContact,
        priority: k.priority,
        channel: k.channel,
      })),
    usage: db
      .select()
      .from(t.usage)
      .all()
      .map((u) => ({
        customerId: u.customerId,
        month: u.month,
        activeUsers: u.activeUsers,
        licensedSeats: u.licensedSeats,
        sessions: u.sessions,
        avgSessionMinutes: u.avgSessionMinutes,
        featuresUsed: u.featuresUsed,
      })),
  };
}
