import Link from "next/link";
import { Sparkline } from "@/components/kpi/sparkline";
import type { StatTrend } from "./tile-trend";

export interface StatTileProps {
  id: string;
  label: string;
  value: string;
  note?: string;
  href?: string;
  linkLabel?: string;
  tone?: "default" | "bad";
  /** Change against the previous period and a sparkline of the period's months. */
  trend?: StatTrend;
}

const TREND_TONE = { good: "text-emerald-700", bad: "text-red-700", flat: "text-slate-500", none: "text-slate-500" } as const;
const TREND_WORDS = { good: "better", bad: "worse", flat: "about the same", none: "no comparison" } as const;

function TrendLine({ trend }: { trend: StatTrend }) {
  const arrow = trend.tone === "good" || trend.tone === "bad" ? (trend.delta.startsWith("−") ? "▼" : "▲") : "";
  return (
    <>
      <p className="mt-0.5 flex min-h-4 flex-wrap items-baseline gap-x-1 text-xs tabular-nums" data-testid="stat-delta">
        <span className={`font-medium ${TREND_TONE[trend.tone]}`} data-tone={trend.tone}>
          {arrow && <span aria-hidden="true">{arrow} </span>}
          {trend.delta}
          <span className="sr-only"> ({TREND_WORDS[trend.tone]})</span>
        </span>{" "}
        {trend.previous !== null && <span className="truncate text-slate-500">vs {trend.previous}</span>}
      </p>
      <div className="mt-1" title={trend.sparkTitle}>
        <Sparkline values={trend.spark} color={trend.sparkColor} height={22} />
      </div>
    </>
  );
}

/** One headline number of the CS dashboard, optionally with the customers behind it. */
export function StatTile({ id, label, value, note, href, linkLabel, tone = "default", trend }: StatTileProps) {
  return (
    <article data-testid={`stat-${id}`} className="flex min-w-0 flex-col rounded-lg border border-slate-200 bg-white px-3 py-2.5 shadow-sm">
      <h3 className="truncate text-xs font-medium text-slate-500" title={label}>
        {label}
      </h3>
      <p
        data-testid={`stat-${id}-value`}
        className={`mt-1 text-2xl font-semibold tabular-nums ${tone === "bad" ? "text-red-700" : "text-slate-900"}`}
      >
        {value}
      </p>
      {trend && <TrendLine trend={trend} />}
      {note && (
        <p className="mt-0.5 truncate text-xs text-slate-500" title={note}>
          {note}
        </p>
      )}
      {href && (
        <Link href={href} className="mt-1 text-xs font-medium text-indigo-700 hover:underline">
          {linkLabel ?? "View customers"} →
        </Link>
      )}
    </article>
  );
}

export function SectionHeading({ id, title, children }: { id: string; title: string; children?: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 pb-1">
      <h2 id={id} className="text-lg font-semibold tracking-tight text-slate-900">
        {title}
      </h2>
      {children}
    </div>
  );
}
