import { indexToMonth, monthEndExclusiveMs, monthStartMs, type MonthIndex } from "@/lib/domain/months";
import { COST_CATEGORIES, type Filters } from "@/lib/domain/types";
import { costToServe, filteredMonthCosts } from "./cost-to-carry";
import { addMovementTotals, emptyMovementTotals, monthMovements, movementFields, type MovementTotals } from "./movements";
import { mrrColumn, toArr, toMrr } from "./mrr";
import type { PreparedDataset } from "./prepare";
import { pct } from "./ratio";
import { periodCohort, retentionRates } from "./retention";
import { surveyMetricsOfColumns, type SurveyMetrics } from "./surveys";
import { ticketVolumeOfColumns } from "./support";
import { scanRange } from "./event-columns";
import type { MonthMetrics } from "./types";

/** The period's months plus what the summary and segment rows sum over them. */
export interface PeriodSeries {
  months: MonthMetrics[];
  movements: MovementTotals;
  logoChurnRates: (number | null)[];
  /** Sum over months of MRR units and of active customers: overall and per segment index. */
  revenueUnits: number;
  activeMonths: number;
  segmentRevenueUnits: Float64Array;
  segmentActiveMonths: Float64Array;
  /** Per cost category: the filter's costs; per segment index: its cost to serve. */
  costs: Float64Array;
  segmentCostToServe: Float64Array;
  /** Filtered MRR units and active customers per segment at the last month. */
  segmentUnitsAtEnd: Float64Array;
  segmentActiveAtEnd: Int32Array;
}

export interface SeriesInput {
  customers: Int32Array;
  filters: Filters;
  /** Filtered customers for surveys and tickets; null = no filter (rows without a customer count too). */
  mask: Uint8Array | null;
  /** false skips the survey and ticket figures (callers that only need revenue and costs). */
  events?: boolean;
}

const NO_SURVEYS: SurveyMetrics = {
  nps: null,
  nps_responses: 0,
  promoters: 0,
  passives: 0,
  detractors: 0,
  csat: null,
  csat_responses: 0,
  ces: null,
  ces_responses: 0,
};

export function periodSeries(p: PreparedDataset, from: MonthIndex, to: MonthIndex, input: SeriesInput): PeriodSeries {
  const nSeg = p.segments.length;
  const out: PeriodSeries = {
    months: [],
    movements: emptyMovementTotals(),
    logoChurnRates: [],
    revenueUnits: 0,
    activeMonths: 0,
    segmentRevenueUnits: new Float64Array(nSeg),
    segmentActiveMonths: new Float64Array(nSeg),
    costs: new Float64Array(COST_CATEGORIES.length),
    segmentCostToServe: new Float64Array(nSeg),
    segmentUnitsAtEnd: new Float64Array(nSeg),
    segmentActiveAtEnd: new Int32Array(nSeg),
  };
  for (let m = from; m <= to; m++) {
    const col = mrrColumn(p.mrr, m);
    const segUnits = new Float64Array(nSeg);
    const segActive = new Int32Array(nSeg);
    let units = 0;
    let active = 0;
    for (const c of input.customers) {
      const v = col[c];
      if (v <= 0) continue;
      units += v;
      active++;
      segUnits[p.customerSegment[c]] += v;
      segActive[p.customerSegment[c]]++;
    }
    const mv = monthMovements(p.mrr, input.customers, m);
    const rates = retentionRates(periodCohort(p.mrr, input.customers, m, m));
    const costs = filteredMonthCosts(p, m, input.filters, segActive);
    const startMs = monthStartMs(indexToMonth(m));
    const endMs = monthEndExclusiveMs(indexToMonth(m));
    const scope = { startMs, endMs, mask: input.mask };
    const events = input.events !== false;
    const survey = events ? surveyMetricsOfColumns(p.surveys.cols, scope, ...scanRange(p.surveys.cols.respondedAt, scope)) : NO_SURVEYS;
    const ticketVolume = events ? ticketVolumeOfColumns(p.tickets.cols, scope, ...scanRange(p.tickets.cols.createdAt, scope)) : 0;
    const serve = costToServe(costs.total);
    out.months.push({
      month: indexToMonth(m),
      mrr: toMrr(units),
      arr: toArr(units),
      active_customers: active,
      ...movementFields(mv),
      nrr: rates.nrr,
      grr: rates.grr,
      logo_churn_rate: rates.logo_churn_rate,
      nps: survey.nps,
      csat: survey.csat,
      ces: survey.ces,
      ticket_volume: ticketVolume,
      cost_to_serve: serve,
      cost_to_carry_ratio: pct(serve, toMrr(units)),
    });
    addMovementTotals(out.movements, mv);
    out.logoChurnRates.push(rates.logo_churn_rate);
    out.revenueUnits += units;
    out.activeMonths += active;
    costs.total.forEach((v, i) => (out.costs[i] += v));
    for (let s = 0; s < nSeg; s++) {
      out.segmentRevenueUnits[s] += segUnits[s];
      out.segmentActiveMonths[s] += segActive[s];
      out.segmentCostToServe[s] += costToServe(costs.bySegment[s]);
    }
    if (m === to) {
      out.segmentUnitsAtEnd = segUnits;
      out.segmentActiveAtEnd = segActive;
    }
  }
  return out;
}
