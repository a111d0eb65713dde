import { deltaTone, formatKpiDelta, formatKpiValue, kpiDelta, type DeltaTone, type KpiKind } from "@/components/kpi/kpi-format";
import type { Polarity } from "@/lib/metrics/catalog";

export interface StatTrend {
  delta: string;
  tone: DeltaTone;
  previous: string | null;
  spark: readonly (number | null)[];
  sparkColor: string;
  sparkTitle: string;
}

/**
 * A CS tile's change against the previous period of equal length (money relative, rates in points,
 * counts as a difference), coloured by polarity as on the Executive tiles, with the period's months as a sparkline.
 */
export function statTrend(opts: {
  kind: KpiKind;
  polarity: Polarity;
  current: number | null;
  previous: number | null | undefined;
  spark: readonly (number | null)[];
  sparkColor: string;
  format?: (v: number | null) => string;
  name: string;
}): StatTrend {
  const previous = opts.previous ?? null;
  const delta = kpiDelta(opts.kind, opts.current, previous);
  const format = opts.format ?? ((v: number | null) => formatKpiValue(opts.kind, v));
  return {
    delta: formatKpiDelta(opts.kind, delta),
    tone: deltaTone(opts.kind, delta, opts.polarity),
    previous: previous === null ? null : format(previous),
    spark: opts.spark,
    sparkColor: opts.sparkColor,
    sparkTitle: `${opts.name} of each month of the period`,
  };
}
