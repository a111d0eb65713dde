/** Tickets and survey responses of one customer (or of nobody: blank customer_id), driven by health. */
import type { SurveyKind } from "../domain/types";
import { commentFor } from "./comments";
import { seatsAt, tenureAt } from "./customer-rows";
import type { DemoRow, Sequences } from "./emit";
import type { LifecycleEvent } from "./lifecycle";
import { clamp, type Rng } from "./random";
import type { Story } from "./story";
import { businessTime, daysInMonth, dayMs, isoInstant, MS_PER_DAY, MS_PER_HOUR } from "./time";
import type { World } from "./world";

const FIRST_RESPONSE_HOURS = { urgent: 0.5, high: 1.5, normal: 4, low: 9 } as const;
const RESOLUTION_HOURS = { urgent: 5, high: 12, normal: 22, low: 40 } as const;
type Priority = keyof typeof FIRST_RESPONSE_HOURS;

function surveyRow(seq: Sequences, customerId: string, survey: SurveyKind, score: number, at: number, r: Rng): DemoRow {
  return {
    kind: "surveys",
    row: {
      response_id: seq.nextResponse(),
      customer_id: customerId,
      survey,
      score: String(score),
      responded_at: isoInstant(at),
      comment: commentFor(r, survey, score),
    },
  };
}

export const npsScore = (r: Rng, h: number) => Math.round(clamp(r.normal(1.8 + 9.5 * h, 1.4), 0, 10));
const csatScore = (r: Rng, h: number, slow: boolean) => Math.round(clamp(r.normal(3.3 + 1.8 * h - (slow ? 0.6 : 0), 0.8), 1, 5));
const cesScore = (r: Rng, h: number, slow: boolean) => Math.round(clamp(r.normal(1.8 + 3.2 * (1 - h) + (slow ? 0.8 : 0), 0.9), 1, 7));

/**
 * One ticket created in absolute month `month`, plus the CSAT/CES responses it prompts.
 * Timestamps past `windowEnd` are left blank (not yet happened).
 */
function* ticketRows(
  customerId: string,
  month: number,
  h: number,
  enterprise: boolean,
  windowEnd: number,
  seq: Sequences,
  r: Rng,
  fromDay = 1,
): Generator<DemoRow> {
  const created = dayMs(month, r.int(fromDay, daysInMonth(month))) + (r.chance(0.8) ? businessTime(r) : r.int(0, 1439) * 60_000);
  const priority: Priority = enterprise
    ? r.weighted({ low: 15, normal: 45, high: 28, urgent: 12 })
    : r.weighted({ low: 27, normal: 51, high: 16, urgent: 6 });
  const channel = enterprise ? r.weighted({ email: 45, chat: 30, phone: 25 }) : r.weighted({ email: 56, chat: 34, phone: 10 });
  const firstHours = r.logNormal(FIRST_RESPONSE_HOURS[priority], 0.8);
  const first = r.chance(0.04) ? null : created + Math.round((firstHours * MS_PER_HOUR) / 60_000) * 60_000;
  const resolutionHours = Math.max(firstHours + 0.1, r.logNormal(RESOLUTION_HOURS[priority], 0.9));
  let resolved: number | null = created + Math.round((resolutionHours * MS_PER_HOUR) / 60_000) * 60_000;
  if (resolved >= windowEnd || r.chance(0.025)) resolved = null;
  const quick = resolutionHours < 4;
  let fcr = "";
  if (resolved !== null && !r.chance(0.07)) {
    const p = (channel === "email" ? 0.45 : 0.72) + (quick ? 0.15 : -0.1);
    fcr = r.chance(p) ? "true" : "false";
  }
  yield {
    kind: "tickets",
    row: {
      ticket_id: seq.nextTicket(),
      customer_id: customerId,
      created_at: isoInstant(created),
      first_response_at: first !== null && first < windowEnd ? isoInstant(first) : "",
      resolved_at: resolved === null ? "" : isoInstant(resolved),
      resolved_on_first_contact: fcr,
      priority,
      channel,
    },
  };
  if (resolved === null) return;
  const slow = resolutionHours > 48;
  const respondedAt = resolved + Math.round(r.logNormal(6, 1) * 60) * 60_000;
  if (respondedAt >= windowEnd) return;
  if (r.chance(0.28)) yield surveyRow(seq, customerId, "csat", csatScore(r, h, slow), respondedAt, r);
  else if (r.chance(0.08)) yield surveyRow(seq, customerId, "ces", cesScore(r, h, slow), respondedAt, r);
}

export function* customerActivityRows(
  story: Story,
  world: World,
  events: readonly LifecycleEvent[],
  windowEnd: number,
  seq: Sequences,
  r: Rng,
): Generator<DemoRow> {
  const enterprise = story.segment === "Enterprise";
  let lastNps = -99;
  for (let i = 0; i < world.months; i++) {
    if (!(story.mrr[i] > 0)) continue;
    const h = story.health[i];
    const month = world.firstMonth + i;
    const tenure = tenureAt(story, world, i);
    // In a run's first month, activity starts on the subscription's start day.
    const fromDay = tenure === 0 ? runStartDay(story, month) : 1;
    // Unhappy customers write in far more often: complaints, escalations, cancellation questions.
    const lambda = (0.2 + seatsAt(story, i) * 0.01) * (1.7 - h) * (tenure < 2 ? 1.6 : 1) + 8 * Math.max(0, 0.45 - h);
    const count = r.poisson(Math.min(lambda, 12));
    for (let t = 0; t < count; t++) yield* ticketRows(story.id, month, h, enterprise, windowEnd, seq, r, fromDay);
    // Relationship NPS every quarter from the third month of a run; a struggling account also
    // hears from its CSM, whose check-in asks the NPS question.
    const relationship = tenure >= 3 && (tenure - 3) % 3 === 0 && r.chance(enterprise ? 0.8 : 0.7);
    if (relationship || (h < 0.4 && i - lastNps >= 4 && r.chance(0.6))) {
      lastNps = i;
      const at = dayMs(month, r.int(1, daysInMonth(month))) + businessTime(r);
      if (at < windowEnd) yield surveyRow(seq, story.id, "nps", npsScore(r, h), at, r);
    }
  }
  // Onboarding effort survey, a few days after reaching early adoption.
  for (const e of events) {
    if (e.stage !== "early_adoption" || !r.chance(0.5)) continue;
    const at = e.at + r.int(1, 10) * MS_PER_DAY;
    const churn = story.runs.find((run) => run.churn !== null && run.churn > e.at)?.churn ?? windowEnd;
    if (at < Math.min(churn, windowEnd))
      yield surveyRow(seq, story.id, "ces", cesScore(r, story.health.find((h) => h > 0) ?? 0.6, false), at, r);
  }
}

function runStartDay(story: Story, month: number): number {
  for (const run of story.runs) {
    const d = new Date(run.start);
    if (d.getUTCFullYear() * 12 + d.getUTCMonth() === month) return d.getUTCDate();
  }
  return 1;
}

/** Tickets and survey answers nobody can be matched to (web widget, shared inboxes). */
export function* anonymousRows(world: World, active: Int32Array, windowEnd: number, seq: Sequences, r: Rng): Generator<DemoRow> {
  for (let i = 0; i < world.months; i++) {
    const month = world.firstMonth + i;
    const tickets = r.poisson(active[i] * 0.02);
    for (let t = 0; t < tickets; t++) yield* ticketRows("", month, 0.6, false, windowEnd, seq, r);
    const responses = r.poisson(active[i] * 0.008);
    for (let t = 0; t < responses; t++) {
      const at = dayMs(month, r.int(1, daysInMonth(month))) + businessTime(r);
      const survey: SurveyKind = r.weighted({ nps: 60, csat: 40 });
      const h = r.uniform(0.3, 0.9);
      if (at < windowEnd) yield surveyRow(seq, "", survey, survey === "nps" ? npsScore(r, h) : csatScore(r, h, false), at, r);
    }
  }
}
