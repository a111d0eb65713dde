"use client";

import Link from "next/link";
import { customersHref } from "@/components/drilldown/customers-href";
import { formatMoney, formatMonth, formatMonthShort, formatPercent } from "@/lib/format";
import type { CohortMatrixRow } from "@/lib/metrics/executive";
import { ChartCard } from "./chart-card";
import { money, monthCell } from "./chart-format";
import { useThemeColors, type ThemeColors } from "./theme-colors";

const ROW_PX = 19;
// Fixed, so a filter with fewer cohorts does not shift the page; more rows scroll inside.
const HEIGHT = 44 + 36 * ROW_PX;

/** White at 100%, deepening to the negative colour at 40% and below, to the positive at 160% and above. */
function cellStyle(value: number, colors: ThemeColors): { background: string; color: string } {
  const strength = Math.min(1, Math.abs(value - 100) / 60);
  const base = value < 100 ? colors["chart-negative"] : colors["chart-positive"];
  return {
    background: `color-mix(in srgb, ${base} ${Math.round(strength * 85)}%, white)`,
    color: strength > 0.55 ? "white" : "#0f172a",
  };
}

/** Revenue retention by start-month cohort: each cell is the cohort's MRR that many months later ÷ its starting MRR. */
export function CohortHeatmap({ cohorts, drillBase, className }: { cohorts: CohortMatrixRow[]; drillBase: string; className?: string }) {
  const colors = useThemeColors();
  const width = cohorts.reduce((n, r) => Math.max(n, r.cells.length), 0);
  const offsets = Array.from({ length: width }, (_, i) => i);
  const href = (cohort: string) => customersHref(drillBase, { cohort });
  return (
    <ChartCard
      id="cohort-heatmap"
      className={className}
      title="Revenue retention by start-month cohort"
      definition="Rows: customers by their first month with MRR; columns: months since then; cell: the cohort's MRR then ÷ its starting MRR × 100 (its NRR). Click a row for its customers."
      glossaryHref="/metrics#cohort_retention"
      height={HEIGHT}
      isEmpty={cohorts.length === 0}
      actions={<Legend colors={colors} />}
      table={{
        columns: [
          { key: "cohort", label: "Cohort", format: monthCell, href: (row) => href(String(row.cohort)) },
          { key: "customers", label: "Customers", align: "right" },
          { key: "starting_mrr", label: "Starting MRR", format: money, align: "right" },
          ...offsets.map((i) => ({ key: `m${i}`, label: `M${i}`, format: (v: unknown) => (typeof v === "number" ? formatPercent(v, 0) : ""), align: "right" as const })),
        ],
        rows: cohorts.map((r) => ({ ...r, ...Object.fromEntries(r.cells.map((v, i) => [`m${i}`, v])) })),
      }}
    >
      <div className="h-full overflow-auto pb-2 text-[10px] tabular-nums">
        <div
          className="grid min-w-max gap-px"
          style={{ gridTemplateColumns: `5.5rem 2.5rem repeat(${width}, minmax(1.75rem, 1fr))`, gridAutoRows: `${ROW_PX - 1}px` }}
        >
          <div className="sticky left-0 top-0 z-20 bg-white leading-[18px] font-medium text-slate-500">Cohort</div>
          <div className="sticky top-0 z-10 bg-white leading-[18px] text-right font-medium text-slate-500" title="Customers in the cohort">
            n
          </div>
          {offsets.map((i) => (
            <div key={i} className="sticky top-0 z-10 bg-white leading-[18px] text-center font-medium text-slate-500">
              {i === 0 || i % 3 === 0 ? `M${i}` : ""}
            </div>
          ))}
          {cohorts.map((row) => (
            <CohortRow key={row.cohort} row={row} width={width} href={href(row.cohort)} colors={colors} />
          ))}
        </div>
      </div>
    </ChartCard>
  );
}

function CohortRow({ row, width, href, colors }: { row: CohortMatrixRow; width: number; href: string; colors: ThemeColors }) {
  return (
    <>
      <Link href={href} className="sticky left-0 z-10 truncate rounded-sm bg-white leading-[18px] pr-1 text-slate-700 hover:text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500">
        {formatMonthShort(row.cohort)}
        <span className="sr-only">: {row.customers} customers starting with {formatMoney(row.starting_mrr)} MRR</span>
      </Link>
      <div className="leading-[18px] pr-1 text-right text-slate-500">{row.customers}</div>
      {Array.from({ length: width }, (_, i) => {
        const value = row.cells[i];
        if (value === undefined) return <div key={i} />;
        return (
          <Link
            key={i}
            href={href}
            tabIndex={-1}
            aria-hidden="true"
            title={`${formatMonth(row.cohort)} cohort (${row.customers} customers), month ${i}: ${formatPercent(value, 1)} of ${formatMoney(row.starting_mrr)} starting MRR`}
            className="rounded-[2px] leading-[18px] text-center hover:outline-1 hover:outline-slate-700"
            style={cellStyle(value, colors)}
          >
            {Math.round(value)}
          </Link>
        );
      })}
    </>
  );
}

function Legend({ colors }: { colors: ThemeColors }) {
  const stops = [40, 70, 100, 130, 160];
  return (
    <div className="hidden items-center gap-0.5 text-[10px] text-slate-500 sm:flex" aria-hidden="true">
      {stops.map((v) => (
        <span key={v} className="rounded-[2px] px-1 leading-[18px] tabular-nums" style={cellStyle(v, colors)}>
          {v === 40 ? "≤40%" : v === 160 ? "≥160%" : `${v}%`}
        </span>
      ))}
    </div>
  );
}
