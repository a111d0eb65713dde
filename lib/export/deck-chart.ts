/** How a value axis and its data labels read in the deck. */
export type DeckValueFormat = "money" | "percent" | "number" | "decimal" | "hours";

export interface DeckSeries {
  key: string;
  label: string;
  /** A theme colour name (`chart-1`, `chart-negative`...), resolved to RGB when the deck is built. */
  color: string;
  kind: "bar" | "line";
  axis: "left" | "right";
  dashed?: boolean;
  /** Raw values, one per category; null is a gap. */
  values: (number | null)[];
}

/** A native chart: categories along one axis, bar and line series, optional right axis. */
export interface DeckCartesian {
  type: "cartesian";
  categories: string[];
  series: DeckSeries[];
  stacked?: boolean;
  horizontal?: boolean;
  format: DeckValueFormat;
  rightFormat?: DeckValueFormat;
  /** One colour per category for single-series charts whose bars differ (health bands). */
  pointColors?: string[];
}

/** A table slide (the cohort heatmap): text cells, optional fill per cell as a theme colour mix. */
export interface DeckTable {
  type: "table";
  header: string[];
  rows: { key?: string; cells: string[]; fills?: (DeckCellFill | null)[] }[];
  /** What the rows of one slide cover, from their keys (e.g. "Cohorts Nov 2024 – Oct 2025"). */
  rowsPeriod?: (keys: string[]) => string;
}

/** `share` (0-1) of theme colour `color` mixed into white. */
export interface DeckCellFill {
  color: string;
  share: number;
}

export type DeckChartData = DeckCartesian | DeckTable;

export interface SeriesSpec {
  label: string;
  color: string;
  kind?: "bar" | "line";
  axis?: "right";
  dashed?: boolean;
}

/** A cartesian deck chart from a chart's config (its series, in order) and the rows it plots. */
export function deckCartesian(
  config: Record<string, SeriesSpec>,
  rows: readonly Record<string, unknown>[],
  category: (row: Record<string, unknown>) => string,
  options: Omit<DeckCartesian, "type" | "categories" | "series"> & { keys?: string[] },
): DeckCartesian {
  const { keys, ...rest } = options;
  return {
    type: "cartesian",
    categories: rows.map(category),
    series: (keys ?? Object.keys(config)).map((key) => {
      const c = config[key];
      return {
        key,
        label: c.label,
        color: c.color,
        kind: c.kind ?? "bar",
        axis: c.axis === "right" ? "right" : "left",
        dashed: c.dashed,
        values: rows.map((r) => (typeof r[key] === "number" && Number.isFinite(r[key]) ? (r[key] as number) : null)),
      };
    }),
    ...rest,
  };
}

/** Splits table rows over slides of at most `perSlide` rows. */
export function splitRows<T>(rows: readonly T[], perSlide: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += perSlide) out.push(rows.slice(i, i + perSlide));
  return out;
}
