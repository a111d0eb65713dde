import { monthToIndex } from "@/lib/domain/months";
import { FUNNEL_STAGES, LIFECYCLE_STAGES, type LifecycleStage, type Month } from "@/lib/domain/types";
import type { RowsOf } from "./customer-rows";
import type { LifecycleColumns, UsageColumns } from "./event-columns";
import { latestUsageIn } from "./usage-adoption";

/** Position of the latest usage row of the three months ending with toMonth, as the usage factor reads it; -1 for none. */
export function latestUsage(usage: RowsOf<UsageColumns>, toMonth: Month): number {
  const to = monthToIndex(toMonth);
  return latestUsageIn(usage, to - 2, to);
}

export interface UsageTrend {
  latestActiveUsers: number | null;
  /** Mean active users of the rows in the three months before the latest row's month. */
  previousQuarterAverage: number | null;
}

export function usageTrend(usage: RowsOf<UsageColumns>, toMonth: Month): UsageTrend {
  const latest = latestUsage(usage, toMonth);
  if (latest < 0) return { latestActiveUsers: null, previousQuarterAverage: null };
  const { month, activeUsers } = usage.cols;
  const latestMonth = month[latest];
  let sum = 0;
  let rows = 0;
  for (let k = usage.from; k < usage.to; k++) {
    const i = usage.rows[k];
    if (month[i] >= latestMonth - 3 && month[i] < latestMonth) {
      sum += activeUsers[i];
      rows++;
    }
  }
  return { latestActiveUsers: activeUsers[latest], previousQuarterAverage: rows > 0 ? sum / rows : null };
}

/** min(100, latest ÷ previous-quarter mean × 100): holding or growing usage scores 100, halving scores 50; no usage 0, no earlier quarter 50. */
export function usageTrendFactorOf(t: UsageTrend): number {
  if (t.latestActiveUsers === null) return 0;
  if (t.previousQuarterAverage === null) return 50;
  if (t.previousQuarterAverage === 0) return t.latestActiveUsers > 0 ? 100 : 0;
  return Math.min(100, (t.latestActiveUsers / t.previousQuarterAverage) * 100);
}

/** Stage of the latest event before endMs (a tie in time: the later stage, churn last). */
export function stageAt(events: RowsOf<LifecycleColumns>, endMs: number): LifecycleStage | null {
  const { rows, cols } = events;
  // In compareEvents order: the last event before endMs is the latest.
  for (let k = events.to - 1; k >= events.from; k--) if (cols.enteredAt[rows[k]] < endMs) return LIFECYCLE_STAGES[cols.stage[rows[k]]];
  return null;
}

/** Funnel position: awareness 0 .. retention 100 in equal steps; churn 0; no event 50. */
export function lifecycleFactorOf(stage: LifecycleStage | null): number {
  if (stage === null) return 50;
  if (stage === "churn") return 0;
  return (FUNNEL_STAGES.indexOf(stage) / (FUNNEL_STAGES.length - 1)) * 100;
}

/** min(100, MRR now ÷ MRR three months earlier × 100); no MRR three months earlier: 50. */
export function mrrTrendFactorOf(mrrNow: number, mrrBefore: number): number {
  if (mrrBefore <= 0) return 50;
  return Math.min(100, (mrrNow / mrrBefore) * 100);
}
