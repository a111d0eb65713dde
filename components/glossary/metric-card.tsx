import type { MetricDefinition, MetricUnit } from "@/lib/metrics/catalog";
import { InlineText } from "./inline-text";
import { PolarityBadge } from "./polarity-badge";

const UNIT_LABELS: Record<MetricUnit, string> = {
  money: "Money (major units)",
  percent: "Percent (0–100)",
  count: "Count",
  ratio: "Ratio",
  months: "Months",
  days: "Days",
  hours: "Hours",
  score: "Score",
};

export function MetricCard({ metric }: { metric: MetricDefinition }) {
  const headingId = `${metric.key}-title`;
  return (
    <article
      id={metric.key}
      aria-labelledby={headingId}
      className="scroll-mt-20 rounded-xl border border-slate-200 bg-white p-5 shadow-sm target:ring-2 target:ring-indigo-500"
    >
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <h3 id={headingId} className="text-base font-semibold text-slate-900">
          <a href={`#${metric.key}`} className="rounded hover:text-indigo-700 hover:underline">
            {metric.name}
          </a>
        </h3>
        <div className="flex flex-wrap items-center gap-2">
          <PolarityBadge polarity={metric.polarity} />
          <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">{UNIT_LABELS[metric.unit]}</span>
        </div>
      </div>
      <p className="mt-1 font-mono text-xs text-slate-500">{metric.key}</p>
      <p className="mt-3 text-sm text-slate-700">
        <InlineText text={metric.short} />
      </p>
      <pre className="mt-3 overflow-x-auto whitespace-pre-wrap break-words rounded-lg bg-slate-50 px-3 py-2 font-mono text-xs leading-relaxed text-slate-800 ring-1 ring-slate-200">
        {metric.formula}
      </pre>
      <dl className="mt-4 grid gap-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-medium text-emerald-800">What good looks like</dt>
          <dd className="mt-0.5 text-slate-700">{metric.good}</dd>
        </div>
        <div>
          <dt className="font-medium text-red-800">What bad looks like</dt>
          <dd className="mt-0.5 text-slate-700">{metric.bad}</dd>
        </div>
      </dl>
      {metric.notes && metric.notes.length > 0 ? (
        <div className="mt-4">
          <h4 className="text-sm font-medium text-slate-900">Notes</h4>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700">
            {metric.notes.map((note) => (
              <li key={note}>
                <InlineText text={note} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {metric.disagreements ? (
        <div className="mt-4 rounded-lg border-l-4 border-indigo-300 bg-indigo-50/60 px-3 py-2">
          <h4 className="text-sm font-medium text-indigo-900">Where sources disagree</h4>
          <p className="mt-0.5 text-sm text-slate-700">
            <InlineText text={metric.disagreements} />
          </p>
        </div>
      ) : null}
    </article>
  );
}
