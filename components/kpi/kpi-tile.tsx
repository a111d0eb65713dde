import Link from "next/link";
import type { MetricKey } from "@/lib/metrics/catalog";
import type { DeltaTone } from "./kpi-format";
import { Sparkline } from "./sparkline";

export interface KpiReading {
  label: string;
  value: string;
}

export interface KpiTileProps {
  metricKey: MetricKey;
  label: string;
  name: string;
  value: string;
  delta: string;
  tone: DeltaTone;
  previous: string | null;
  spark: readonly (number | null)[];
  sparkNote: string;
  sparkTitle: string;
  sparkColor: string;
  sample: string | null;
  /** Against the plan (targets) of the period's last month. */
  plan: { value: string; delta: string; tone: DeltaTone } | null;
  drill: { href: string; label: string } | null;
  window: string | null;
  readings: KpiReading[];
}

const TONE: Record<DeltaTone, { className: string; arrow: string; words: string }> = {
  good: { className: "text-emerald-700", arrow: "▲", words: "better" },
  bad: { className: "text-red-700", arrow: "▼", words: "worse" },
  flat: { className: "text-slate-500", arrow: "", words: "about the same" },
  none: { className: "text-slate-500", arrow: "", words: "no comparison" },
};

/** One headline number: value, change against the previous period, trend, and the customers behind it. */
export function KpiTile(props: KpiTileProps) {
  const tone = TONE[props.tone];
  const arrow = props.tone === "good" || props.tone === "bad" ? (props.delta.startsWith("−") ? "▼" : "▲") : tone.arrow;
  return (
    <article
      data-testid={`kpi-${props.metricKey}`}
      className="relative flex flex-col rounded-lg border border-slate-200 bg-white px-3 pb-2 pt-2.5 shadow-sm transition-colors has-[a[data-drill]:hover]:border-indigo-300 has-[a[data-drill]:focus-visible]:ring-2 has-[a[data-drill]:focus-visible]:ring-indigo-500"
    >
      <div className="flex items-start justify-between gap-2">
        <h3 className="truncate text-xs font-medium text-slate-500" title={props.name}>
          {props.drill ? (
            <Link href={props.drill.href} data-drill className="outline-none after:absolute after:inset-0 after:rounded-lg">
              {props.label}
              <span className="sr-only">
                {" "}
                {props.value}: {props.drill.label}
              </span>
            </Link>
          ) : (
            props.label
          )}
        </h3>
        <Link
          href={`/metrics#${props.metricKey}`}
          className="relative z-10 -m-1 rounded p-1 leading-none text-slate-500 hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-500"
          aria-label={`Definition of ${props.name}`}
          title={`Definition of ${props.name}`}
        >
          <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16" fill="none">
            <circle cx="8" cy="8" r="6.5" stroke="currentColor" strokeWidth="1.3" />
            <path d="M8 7.2v4M8 4.8v.1" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
          </svg>
        </Link>
      </div>
      <p className="mt-0.5 flex flex-wrap items-baseline gap-x-1.5">
        <span data-testid="kpi-value" className="text-2xl font-semibold tabular-nums tracking-tight text-slate-900">
          {props.value}
        </span>
        {props.window && (
          <span data-testid="kpi-window" className="text-[11px] font-medium text-slate-600">
            {props.window}
          </span>
        )}
      </p>
      <p className="mt-0.5 flex min-h-4 flex-wrap items-baseline gap-x-1 text-xs tabular-nums">
        <span className={`font-medium ${tone.className}`}>
          {arrow && <span aria-hidden="true">{arrow} </span>}
          {props.delta}
          <span className="sr-only"> ({tone.words})</span>
        </span>
        {props.previous !== null && <span className="truncate text-slate-500">vs {props.previous}</span>}
      </p>
      {props.readings.length > 0 && (
        <p data-testid="kpi-readings" className="mt-0.5 flex flex-wrap gap-x-2 text-[11px] tabular-nums text-slate-600">
          {props.readings.map((r, i) => (
            <span key={r.label} className="whitespace-nowrap">
              {i > 0 && <span className="sr-only">, </span>}
              {r.label} <span className="font-medium text-slate-800">{r.value}</span>
            </span>
          ))}
        </p>
      )}
      {props.plan && (
        <p data-testid="kpi-plan" className="flex flex-wrap items-baseline gap-x-1 text-xs tabular-nums">
          <span className={`font-medium ${TONE[props.plan.tone].className}`}>
            {props.plan.delta}
            <span className="sr-only"> ({TONE[props.plan.tone].words})</span>
          </span>
          <span className="text-slate-500">vs plan {props.plan.value}</span>
        </p>
      )}
      <div className="mt-1.5" title={props.sparkTitle}>
        <Sparkline values={props.spark} color={props.sparkColor} />
      </div>
      <p className="flex min-h-4 items-center justify-between gap-1 text-[11px] text-slate-500">
        <span className="truncate" title={props.sparkTitle}>
          {props.sparkNote}
        </span>
        {props.sample && <span className="shrink-0 rounded bg-amber-50 px-1 font-medium text-amber-800">{props.sample}</span>}
      </p>
    </article>
  );
}
