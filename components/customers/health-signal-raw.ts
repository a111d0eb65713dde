import { formatMoney, formatNumber } from "@/lib/format";
import type { HealthSignal } from "@/lib/metrics/health-signals";

const num = (v: unknown, digits = 0) => (typeof v === "number" ? formatNumber(v, digits) : "—");

/** The measurements behind a factor, in words. */
export function rawText(s: HealthSignal): string {
  const r = s.raw;
  switch (s.factor) {
    case "usage":
      if (r.active_users === null) return "no usage row in the last 3 months";
      return r.licensed_seats
        ? `${num(r.active_users)} active of ${num(r.licensed_seats)} seats (${r.month})`
        : `${num(r.active_users)} active, no seats given (${r.month})`;
    case "support":
      if (r.tickets_90d === 0) return "no ticket in the last 90 days";
      return `${num(r.tickets_90d)} tickets in 90 days, ${num(r.unresolved)} unresolved; ${num(r.tickets_per_1k_mrr, 2)} per $1k MRR`;
    case "sentiment":
      return r.survey === null
        ? "no NPS or CSAT in the last 180 days"
        : `latest ${String(r.survey).toUpperCase()} ${num(r.response_score)}`;
    case "usage_trend":
      if (r.active_users === null) return "no usage row in the last 3 months";
      return r.previous_quarter_average === null
        ? `${num(r.active_users)} active, no earlier quarter`
        : `${num(r.active_users)} active vs ${num(r.previous_quarter_average, 1)} on average the quarter before`;
    case "lifecycle":
      return r.stage === null ? "no lifecycle event" : `stage ${String(r.stage).replace("_", " ")}`;
    case "mrr_trend":
      return `${formatMoney(Number(r.mrr))} MRR vs ${formatMoney(Number(r.mrr_3_months_earlier))} three months earlier`;
  }
}
