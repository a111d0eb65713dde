import type { MetricsSummary } from "./types";

export type BridgeStepKind = "start" | "new" | "expansion" | "reactivation" | "contraction" | "churn" | "end";

export interface BridgeStep {
  kind: BridgeStepKind;
  label: string;
  /** Signed amount: positive adds MRR, negative removes it; start and end are levels. */
  amount: number;
  /** Bar from `low` to `high` in a waterfall. */
  low: number;
  high: number;
}

type Movements = Pick<MetricsSummary, "new_mrr" | "expansion_mrr" | "reactivation_mrr" | "contraction_mrr" | "churned_mrr">;

/** Start MRR -> +new +expansion +reactivation -contraction -churn -> end MRR, as waterfall bars. */
export function periodBridge(startMrr: number, movements: Movements, endMrr: number): BridgeStep[] {
  const deltas: [BridgeStepKind, string, number][] = [
    ["new", "New", movements.new_mrr],
    ["expansion", "Expansion", movements.expansion_mrr],
    ["reactivation", "Reactivation", movements.reactivation_mrr],
    ["contraction", "Contraction", -movements.contraction_mrr],
    ["churn", "Churn", -movements.churned_mrr],
  ];
  const steps: BridgeStep[] = [{ kind: "start", label: "Start MRR", amount: startMrr, low: 0, high: startMrr }];
  let level = startMrr;
  for (const [kind, label, amount] of deltas) {
    const next = level + amount;
    steps.push({ kind, label, amount, low: Math.min(level, next), high: Math.max(level, next) });
    level = next;
  }
  steps.push({ kind: "end", label: "End MRR", amount: endMrr, low: 0, high: endMrr });
  return steps;
}

/** End MRR minus (start + movements), rounded to whole cents: 0 when the bridge balances to the cent. */
export function bridgeGapCents(startMrr: number, movements: Movements, endMrr: number): number {
  const moved =
    movements.new_mrr + movements.expansion_mrr + movements.reactivation_mrr - movements.contraction_mrr - movements.churned_mrr;
  return Math.round((endMrr - (startMrr + moved)) * 100) || 0;
}
