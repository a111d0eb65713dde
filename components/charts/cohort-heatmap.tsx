"use client";

import Link from "next/link";
import { customersHref } from "@/components/drilldown/customers-href";
import type { DeckCellFill, DeckTable } from "@/lib/export/deck-chart";
import { formatMoney, formatMonth, formatMonthShort, formatPercent } from "@/lib/format";
import type { CohortMatrixRow } from "@/lib/metrics/executive";
import { ChartCard } from "./chart-card";
import { money, monthCell } from "./chart-format";
import { themeVar } from "./theme-colors";

const ROW_PX = 19;
// Fixed, so a filter with fewer cohorts does not shift the page; more rows scroll inside.
const HEIGHT = 64 + 36 * ROW_PX;

/**
 * White at 100%, deepening to the negative colour at 40% and below, to the positive at 160% and above;
 * at most 75% colour, so dark cell text keeps a 4.5:1 contrast on every cell.
 */
function cellFill(value: number): DeckCellFill {
  return {
    color: value < 100 ? "chart-negative" : "chart-positive",
    share: Math.round(Math.min(1, Math.abs(value - 100) / 60) * 75) / 100,
  };
}

function cellStyle(value: number): { background: string; color: string } {
  const fill = cellFill(value);
  return {
    background: `color-mix(in srgb, ${themeVar(fill.color as "chart-negative" | "chart-positive")} ${Math.round(fill.share * 100)}%, white)`,
    color: "#0f172a",
  };
}

/** Months since the cohort's start that the deck's table shows. */
const DECK_OFFSETS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
/** The deck shows the most recent cohorts, 12 to a slide. */
const DECK_COHORTS = 24;

const cohortRange = (first: string, last: string) => `Cohorts ${formatMonth(first)} – ${formatMonth(last)}`;

function deckTable(cohorts: CohortMatrixRow[]): DeckTable {
  const recent = cohorts.slice(-DECK_COHORTS).reverse();
  return {
    type: "table",
    header: ["Cohort", "Customers", "Starting MRR", ...DECK_OFFSETS.map((i) => `M${i}`)],
    rowsPeriod: (keys) => cohortRange(keys[keys.length - 1], keys[0]),
    rows: recent.map((r) => ({
      key: r.cohort,
      cells: [
        formatMonthShort(r.cohort),
        String(r.customers),
        formatMoney(r.starting_mrr, { compact: true }),
        ...DECK_OFFSETS.map((i) => (r.cells[i] === undefined ? "" : `${Math.round(r.cells[i])}`)),
      ],
      fills: [null, null, null, ...DECK_OFFSETS.map((i) => (r.cells[i] === undefined ? null : cellFill(r.cells[i])))],
    })),
  };
}

/** Revenue retention by start-month cohort: each cell is the cohort's MRR that many months later ÷ its starting MRR. */
export function CohortHeatmap({ cohorts, drillBase, className }: { cohorts: CohortMatrixRow[]; drillBase: string; className?: string }) {
  const width = cohorts.reduce((n, r) => Math.max(n, r.cells.length), 0);
  const offsets = Array.from({ length: width }, (_, i) => i);
  const href = (cohort: string) => customersHref(drillBase, { cohort });
  return (
    <ChartCard
      id="cohort-heatmap"
      className={className}
      title="Revenue retention by start-month cohort"
      definition="Rows: customers by their first month with MRR; columns: months since then; cell: the cohort's MRR then ÷ its starting MRR × 100 (its NRR)."
      hint="Click a row for its customers."
      glossaryHref="/metrics#cohort_retention"
      height={HEIGHT}
      exportHeight={64 + Math.max(1, cohorts.length + 1) * ROW_PX}
      isEmpty={cohorts.length === 0}
      exportPeriod={cohorts.length ? cohortRange(cohorts[0].cohort, cohorts[cohorts.length - 1].cohort) : undefined}
      deck={deckTable(cohorts)}
      table={{
        columns: [
          { key: "cohort", label: "Cohort", format: monthCell, href: (row) => href(String(row.cohort)) },
          { key: "customers", label: "Customers", align: "right" },
          { key: "starting_mrr", label: "Starting MRR", format: money, align: "right" },
          ...offsets.map((i) => ({
            key: `m${i}`,
            label: `M${i}`,
            format: (v: unknown) => (typeof v === "number" ? formatPercent(v, 0) : ""),
            align: "right" as const,
          })),
        ],
        rows: cohorts.map((r) => ({ ...r, ...Object.fromEntries(r.cells.map((v, i) => [`m${i}`, v])) })),
      }}
    >
      <div className="flex h-full flex-col">
        <Legend />
        <div className="min-h-0 flex-1 overflow-auto pb-2 text-[10px] tabular-nums">
          <div
            className="grid min-w-max gap-px"
            style={{ gridTemplateColumns: `5.5rem 2.5rem repeat(${width}, minmax(1.75rem, 1fr))`, gridAutoRows: `${ROW_PX - 1}px` }}
          >
            <div className="sticky left-0 top-0 z-20 bg-white leading-[18px] font-medium text-slate-500">Cohort</div>
            <div
              className="sticky top-0 z-10 bg-white leading-[18px] text-right font-medium text-slate-500"
              title="Customers in the cohort"
            >
              n
            </div>
            {offsets.map((i) => (
              <div key={i} className="sticky top-0 z-10 bg-white leading-[18px] text-center font-medium text-slate-500">
                {i === 0 || i % 3 === 0 ? `M${i}` : ""}
              </div>
            ))}
            {cohorts.map((row) => (
              <CohortRow key={row.cohort} row={row} width={width} href={href(row.cohort)} />
            ))}
          </div>
        </div>
      </div>
    </ChartCard>
  );
}

function CohortRow({ row, width, href }: { row: CohortMatrixRow; width: number; href: string }) {
  return (
    <>
      <Link
        href={href}
        className="sticky left-0 z-10 truncate rounded-sm bg-white leading-[18px] pr-1 text-slate-700 hover:text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500"
      >
        {formatMonthShort(row.cohort)}
        <span className="sr-only">
          : {row.customers} customers starting with {formatMoney(row.starting_mrr)} MRR
        </span>
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
            data-chart-mark
            aria-hidden="true"
            title={`${formatMonth(row.cohort)} cohort (${row.customers} customers), month ${i}: ${formatPercent(value, 1)} of ${formatMoney(row.starting_mrr)} starting MRR`}
            className="rounded-[2px] leading-[18px] text-center hover:outline-1 hover:outline-slate-700"
            style={cellStyle(value)}
          >
            {Math.round(value)}
          </Link>
        );
      })}
    </>
  );
}

function Legend() {
  const stops = [40, 70, 100, 130, 160];
  return (
    <div className="mb-1 flex items-center justify-end gap-0.5 text-[10px] text-slate-500" aria-hidden="true">
      <span className="mr-1">MRR retained:</span>
      {stops.map((v) => (
        <span key={v} className="rounded-[2px] px-1 leading-[18px] tabular-nums" style={cellStyle(v)}>
          {v === 40 ? "≤40%" : v === 160 ? "≥160%" : `${v}%`}
        </span>
      ))}
    </div>
  );
}
