/** customers, subscriptions and usage rows of one simulated customer. */
import { FEATURES_PER_PLAN, planForPrice, PRICE_PER_SEAT } from "./catalog";
import type { DemoRow, Sequences } from "./emit";
import { decimal } from "./emit";
import { clamp, type Rng } from "./random";
import type { Story } from "./story";
import { isoDate } from "./time";
import type { World } from "./world";
import { indexToMonth } from "../domain/months";

export function customerRow(story: Story): DemoRow {
  return {
    kind: "customers",
    row: {
      customer_id: story.id,
      name: story.name,
      segment: story.segment,
      plan: story.plan,
      csm: story.csm,
      acquisition_channel: story.channel,
      signup_date: isoDate(story.signup),
    },
  };
}

export function* subscriptionRows(story: Story, seq: Sequences): Generator<DemoRow> {
  for (const s of story.subs) {
    yield {
      kind: "subscriptions",
      row: {
        subscription_id: seq.nextSubscription(),
        customer_id: story.id,
        plan: s.plan,
        amount: decimal(s.amount),
        billing_period: s.billing,
        start_date: isoDate(s.start),
        end_date: s.end === null ? "" : isoDate(s.end),
      },
    };
  }
}

/** Licensed seats in window month i (the main plan's list price over its price per seat). */
export function seatsAt(story: Story, i: number): number {
  const price = story.price[i] || story.mrr[i];
  return Math.max(1, Math.round(price / PRICE_PER_SEAT[planForPrice(price)]));
}

/** Months since the current run started (0 in its first month). */
export function tenureAt(story: Story, world: World, i: number): number {
  let start = 0;
  for (const run of story.runs) {
    const d = new Date(run.start);
    const m = d.getUTCFullYear() * 12 + d.getUTCMonth() - world.firstMonth;
    if (m <= i) start = m;
  }
  return i - start;
}

export function* usageRows(story: Story, world: World, r: Rng): Generator<DemoRow> {
  for (let i = 0; i < world.months; i++) {
    if (!(story.mrr[i] > 0)) continue;
    const h = story.health[i];
    const seats = seatsAt(story, i);
    const ramp = Math.min(1, 0.4 + 0.2 * tenureAt(story, world, i));
    const adoption = ramp * (0.1 + 0.9 * h) * (1 + r.normal(0, 0.06));
    const active = clamp(Math.round(seats * adoption), 0, Math.round(seats * 1.05));
    const features = FEATURES_PER_PLAN[planForPrice(story.price[i] || story.mrr[i])];
    yield {
      kind: "usage",
      row: {
        customer_id: story.id,
        month: indexToMonth(world.firstMonth + i),
        active_users: String(active),
        licensed_seats: story.seatsBlank ? "" : String(seats),
        sessions: String(Math.round(active * (5 + 20 * h) * r.uniform(0.85, 1.15))),
        avg_session_minutes: decimal(clamp(7 + 16 * h + r.normal(0, 1.5), 2, 60), 1),
        features_used: String(clamp(Math.round(features * (0.35 + 0.6 * h) + r.normal(0, 1)), 1, features)),
      },
    };
  }
}
