import type { MovementType } from "@/lib/metrics/movements";

export const MOVEMENT_LABELS: Record<MovementType, string> = {
  new: "New",
  reactivation: "Reactivation",
  expansion: "Expansion",
  contraction: "Contraction",
  churn: "Churn",
};

/** Money in (+) or out (−) of MRR. */
export const MOVEMENT_SIGN: Record<MovementType, 1 | -1> = { new: 1, reactivation: 1, expansion: 1, contraction: -1, churn: -1 };
