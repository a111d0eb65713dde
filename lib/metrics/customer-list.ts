import { indexToMonth, monthEndExclusiveMs, monthStartMs, monthToIndex } from "@/lib/domain/months";
import type { Filters, HealthSettings, Period } from "@/lib/domain/types";
import { healthInputs } from "./compute-metrics";
import { filterCustomers, normalizeFilters } from "./filters";
import { rowsOfCustomer } from "./customer-rows";
import { latestResponse, type CustomerHealth } from "./health";
import { healthScorer } from "./health-memo";
import { currentStages, eventsOfCustomer, stuckCustomers } from "./lifecycle-stuck";
import { classifyMovement, movementUnits } from "./movements";
import { mrrColumn, toArr, toMrr } from "./mrr";
import type { PreparedDataset } from "./prepare";
import { customerStatus, npsGroup, pageOf, resolvedSort, sortRows } from "./customer-list-sort";
import type { CustomerListResponse, CustomerRow, DrillParams } from "./customer-list-types";
import { upcomingRenewals } from "./renewals";

interface Match {
  c: number;
  movementUnits?: number;
  movementMonths?: string[];
  startUnits?: number;
  daysInStage?: number;
  npsScore?: number;
  renewal?: { date: string; days: number; arr: number };
}

/**
 * The customers behind a number: the period's filtered customers narrowed by every drill param given (AND).
 * `drill.month` narrows the list to one month (movements in it; MRR, status and health at its end), as
 * from=to=month would, while the answer keeps the dashboard's period beside it.
 */
export function customerList(
  p: PreparedDataset,
  dashboardPeriod: Period,
  filters: Filters,
  settings: HealthSettings,
  drill: DrillParams,
): CustomerListResponse {
  const period: Period = drill.month ? { from: drill.month, to: drill.month } : dashboardPeriod;
  const f = normalizeFilters(filters);
  const from = monthToIndex(period.from);
  const to = monthToIndex(period.to);
  const colTo = mrrColumn(p.mrr, to);
  const idOf = (c: number) => p.customers[c].customerId;
  let matches: Match[] = Array.from(filterCustomers(p, f), (c) => ({ c }));

  if (drill.q) {
    const q = drill.q.trim().toLowerCase();
    matches = matches.filter(({ c }) => p.customers[c].name.toLowerCase().includes(q) || idOf(c).toLowerCase().includes(q));
  }
  if (drill.status !== "all") matches = matches.filter(({ c }) => customerStatus(colTo[c], p.mrr.firstActive[c], to) === drill.status);
  if (drill.cohort) {
    const cohort = monthToIndex(drill.cohort);
    const col = mrrColumn(p.mrr, cohort);
    matches = matches.filter((m) => p.mrr.firstActive[m.c] === cohort);
    for (const m of matches) m.startUnits = col[m.c];
  }
  if (drill.retentionCohort) {
    const col = mrrColumn(p.mrr, from - 1);
    matches = matches.filter((m) => col[m.c] > 0);
    for (const m of matches) m.startUnits = col[m.c];
  }
  if (drill.movement) {
    const type = drill.movement;
    for (let month = from; month <= to; month++) {
      const prev = mrrColumn(p.mrr, month - 1);
      const cur = mrrColumn(p.mrr, month);
      if (prev === cur) continue;
      for (const m of matches) {
        if (classifyMovement(prev[m.c], cur[m.c], p.mrr.firstActive[m.c], month) !== type) continue;
        m.movementUnits = (m.movementUnits ?? 0) + movementUnits(type, prev[m.c], cur[m.c]);
        (m.movementMonths ??= []).push(indexToMonth(month));
      }
    }
    matches = matches.filter((m) => m.movementUnits !== undefined);
  }
  if (drill.stage) {
    const stages = currentStages(
      eventsOfCustomer(p),
      matches.map((m) => idOf(m.c)),
    );
    matches = matches.filter((m) => stages.get(idOf(m.c))?.stage === drill.stage);
  }
  if (drill.stuck) {
    const stuck = stuckCustomers(
      eventsOfCustomer(p),
      matches.map((m) => idOf(m.c)),
      monthEndExclusiveMs(period.to),
      settings.stuckAfterDays,
    );
    const days = new Map(stuck.map((s) => [s.customerId, s.daysInStage]));
    matches = matches.filter((m) => days.has(idOf(m.c)));
    for (const m of matches) m.daysInStage = days.get(idOf(m.c));
  }
  if (drill.survey) {
    const startMs = monthStartMs(period.from);
    const endMs = monthEndExclusiveMs(period.to);
    matches = matches.filter((m) => {
      const latest = latestResponse(rowsOfCustomer(p.surveys, m.c), "nps", startMs, endMs);
      if (latest < 0 || npsGroup(p.surveys.cols.score[latest]) !== drill.survey) return false;
      m.npsScore = p.surveys.cols.score[latest];
      return true;
    });
  }

  if (drill.renewal) {
    const renewing = new Map<string, { date: string; days: number; arr: number }>();
    for (const r of upcomingRenewals(
      p,
      Int32Array.from(matches, (m) => m.c),
      period.to,
      drill.renewal,
      settings,
    )) {
      const seen = renewing.get(r.customer_id);
      if (seen) seen.arr += r.renewal_arr;
      else renewing.set(r.customer_id, { date: r.renewal_date, days: r.days_until, arr: r.renewal_arr });
    }
    matches = matches.filter((m) => renewing.has(idOf(m.c)));
    for (const m of matches) m.renewal = renewing.get(idOf(m.c));
  }

  const inputs = healthInputs(p);
  const health = new Map<number, CustomerHealth>();
  const score = healthScorer(p, inputs, period.to, settings);
  for (const { c } of matches) if (colTo[c] > 0) health.set(c, score(c));
  if (drill.health) matches = matches.filter((m) => health.get(m.c)?.band === drill.health);

  const stages = currentStages(
    eventsOfCustomer(p),
    matches.map((m) => idOf(m.c)),
  );
  let mrrUnits = 0;
  let moved = 0;
  let startSum = 0;
  let endSum = 0;
  let renewalArr = 0;
  const rows = matches.map((m): CustomerRow => {
    const cust = p.customers[m.c];
    const h = health.get(m.c) ?? null;
    mrrUnits += colTo[m.c];
    const row: CustomerRow = {
      customer_id: cust.customerId,
      name: cust.name,
      segment: cust.segment,
      plan: cust.plan,
      csm: cust.csm,
      acquisition_channel: cust.acquisitionChannel,
      signup_date: cust.signupDate,
      mrr: toMrr(colTo[m.c]),
      arr: toArr(colTo[m.c]),
      status: customerStatus(colTo[m.c], p.mrr.firstActive[m.c], to),
      health_score: h?.score ?? null,
      health_band: h?.band ?? null,
      weakest_factor: h?.weakestFactor ?? null,
      current_stage: stages.get(cust.customerId)?.stage ?? null,
    };
    if (drill.movement) {
      moved += m.movementUnits!;
      Object.assign(row, { movement: drill.movement, movement_amount: toMrr(m.movementUnits!), movement_months: m.movementMonths! });
    }
    if (m.startUnits !== undefined) {
      startSum += m.startUnits;
      endSum += colTo[m.c];
      Object.assign(row, { start_mrr: toMrr(m.startUnits), end_mrr: toMrr(colTo[m.c]) });
    }
    if (m.daysInStage !== undefined) row.days_in_stage = m.daysInStage;
    if (m.npsScore !== undefined) row.nps_score = m.npsScore;
    if (m.renewal) {
      renewalArr += m.renewal.arr;
      Object.assign(row, { renewal_date: m.renewal.date, days_until_renewal: m.renewal.days, renewal_arr: m.renewal.arr });
    }
    return row;
  });

  const { sort, dir } = resolvedSort(drill);
  const sorted = sortRows(rows, sort, dir);
  const totals: CustomerListResponse["totals"] = { mrr: toMrr(mrrUnits) };
  if (drill.movement) totals.movement_amount = toMrr(moved);
  if (drill.cohort || drill.retentionCohort) Object.assign(totals, { start_mrr: toMrr(startSum), end_mrr: toMrr(endSum) });
  if (drill.renewal) totals.renewal_arr = renewalArr;
  return {
    period: { from: dashboardPeriod.from, to: dashboardPeriod.to },
    filters: f,
    drill: {
      month: drill.month,
      movement: drill.movement,
      cohort: drill.cohort,
      status: drill.status,
      retention_cohort: drill.retentionCohort,
      health: drill.health,
      stage: drill.stage,
      stuck: drill.stuck,
      stuck_after_days: settings.stuckAfterDays,
      survey: drill.survey,
      renewal: drill.renewal,
      q: drill.q,
      sort,
      dir,
    },
    total: sorted.length,
    page: drill.page,
    page_size: drill.pageSize,
    totals,
    customers: pageOf(sorted, drill.page, drill.pageSize),
  };
}
