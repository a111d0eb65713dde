import { addMonths } from "@/lib/domain/months";
import { formatMoney, formatMonth, formatNumber, segmentLabel } from "@/lib/format";
import type { CustomerListResponse } from "@/lib/metrics/customer-list-types";

const MOVEMENT_WORDS = {
  new: { verb: "started paying (new)", amount: "new MRR" },
  expansion: { verb: "expanded", amount: "expansion MRR" },
  contraction: { verb: "contracted", amount: "MRR lost to contraction" },
  churn: { verb: "churned", amount: "MRR lost" },
  reactivation: { verb: "came back (reactivated)", amount: "MRR won back" },
} as const;

const HEALTH_WORDS = { at_risk: "at risk", watch: "on watch", healthy: "healthy" } as const;
const SURVEY_WORDS = { detractor: "a detractor (0–6)", passive: "a passive (7–8)", promoter: "a promoter (9–10)" } as const;

const stageName = (stage: string) => stage.replace(/_/g, " ");
const customers = (n: number) => `${formatNumber(n)} customer${n === 1 ? "" : "s"}`;

/** The active drill-down in words, e.g. "Customers who churned between Nov 2025 and Oct 2026 — 64 customers, $64,264 MRR lost". */
export function describeDrill(data: CustomerListResponse): { text: string; active: boolean } {
  const { drill, totals, filters } = data;
  const period = drill.month ? { from: drill.month, to: drill.month } : data.period;
  const between =
    period.from === period.to ? `in ${formatMonth(period.from)}` : `between ${formatMonth(period.from)} and ${formatMonth(period.to)}`;
  const atTo = formatMonth(period.to);
  const clauses: string[] = [];
  if (drill.movement) clauses.push(`who ${MOVEMENT_WORDS[drill.movement].verb} ${between}`);
  if (drill.retention_cohort)
    clauses.push(`who were paying at the end of ${formatMonth(addMonths(period.from, -1))} (the period's starting cohort)`);
  if (drill.cohort) clauses.push(`who first paid in ${formatMonth(drill.cohort)}`);
  if (drill.status === "active") clauses.push(`active at ${atTo}`);
  if (drill.status === "churned") clauses.push(`no longer paying at ${atTo}`);
  if (drill.health) clauses.push(`whose health is ${HEALTH_WORDS[drill.health]} at ${atTo}`);
  if (drill.stage) clauses.push(`currently in ${stageName(drill.stage)}`);
  if (drill.stuck) clauses.push(`stuck in their current stage for more than ${drill.stuck_after_days} days at the end of ${atTo}`);
  if (drill.survey) clauses.push(`whose latest NPS answer ${between} was ${SURVEY_WORDS[drill.survey]}`);
  if (drill.renewal) clauses.push(`with a quarterly or yearly plan renewing in the ${drill.renewal} days after ${atTo}`);
  const active = clauses.length > 0;
  if (drill.q) clauses.push(`matching “${drill.q}”`);
  const scope = [
    filters.segment && `segment ${segmentLabel(filters.segment)}`,
    filters.csm && `CSM ${filters.csm}`,
    filters.plan && `plan ${filters.plan}`,
  ].filter(Boolean);
  if (scope.length) clauses.push(`(${scope.join(", ")})`);

  let money = `${formatMoney(totals.mrr)} MRR at ${atTo}`;
  if (drill.renewal && totals.renewal_arr !== undefined) money = `${formatMoney(totals.renewal_arr)} ARR up for renewal`;
  else if (drill.movement && totals.movement_amount !== undefined)
    money = `${formatMoney(totals.movement_amount)} ${MOVEMENT_WORDS[drill.movement].amount}`;
  else if (totals.start_mrr !== undefined && totals.end_mrr !== undefined) {
    money = `${formatMoney(totals.start_mrr)} MRR then, ${formatMoney(totals.end_mrr)} at ${atTo}`;
  }
  const subject = clauses.length ? `Customers ${joinClauses(clauses)}` : "All customers";
  return { text: `${subject} — ${customers(data.total)}, ${money}`, active };
}

function joinClauses(clauses: string[]): string {
  return clauses.reduce((out, clause, i) => (i === 0 || clause.startsWith("(") ? `${out} ${clause}` : `${out}, ${clause}`), "").trim();
}
