"use client";

import { useDeferredValue, useId, useMemo, useState } from "react";
import type { VerbatimComment } from "@/lib/metrics/cs-dashboard";
import { CustomerLink } from "./customer-list";

const PAGE = 10;
const SURVEY_LABEL = { nps: "NPS", csat: "CSAT", ces: "CES" } as const;
const SCALE = { nps: "0–10", csat: "1–5", ces: "1–7" } as const;

/** Tone of a score within its survey's own scale (CES: lower is better). */
function tone(c: VerbatimComment): string {
  const bad = c.survey === "nps" ? c.score <= 6 : c.survey === "csat" ? c.score <= 2 : c.score >= 5;
  const good = c.survey === "nps" ? c.score >= 9 : c.survey === "csat" ? c.score >= 4 : c.score <= 2;
  return bad
    ? "bg-red-50 text-red-800 ring-red-200"
    : good
      ? "bg-emerald-50 text-emerald-800 ring-emerald-200"
      : "bg-slate-50 text-slate-700 ring-slate-200";
}

const dateFormat = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });

export function CommentsList({ comments, pending = false }: { comments: readonly VerbatimComment[]; pending?: boolean }) {
  const [query, setQuery] = useState("");
  const [shown, setShown] = useState(PAGE);
  const deferred = useDeferredValue(query);
  const titleId = useId();
  const matches = useMemo(() => {
    const q = deferred.trim().toLowerCase();
    if (!q) return comments;
    return comments.filter((c) => c.comment.toLowerCase().includes(q) || (c.customer_name ?? "").toLowerCase().includes(q));
  }, [comments, deferred]);

  return (
    <section aria-labelledby={titleId} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <header className="flex flex-wrap items-center justify-between gap-2 px-4 pt-3">
        <h3 id={titleId} className="text-sm font-semibold text-slate-900">
          Verbatim comments{" "}
          <span className="font-normal text-slate-500">
            {pending ? `(first ${comments.length}, loading the rest…)` : `(${comments.length})`}
          </span>
        </h3>
        <label className="flex items-center gap-2 text-xs text-slate-500">
          Search
          <input
            type="search"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setShown(PAGE);
            }}
            placeholder="Word or customer"
            className="w-48 rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-900"
          />
        </label>
      </header>
      <p className="sr-only" aria-live="polite">
        {matches.length} comments match
      </p>
      {matches.length === 0 ? (
        <p className="px-4 py-6 text-center text-sm text-slate-500">
          {comments.length === 0 ? "No comments in this period." : "No comment matches this search."}
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 px-4 py-1" data-testid="comments">
          {matches.slice(0, shown).map((c) => (
            <li key={c.response_id} className="flex gap-3 py-2 text-sm">
              <span
                className={`mt-0.5 inline-flex h-6 min-w-16 shrink-0 items-center justify-center rounded px-1.5 text-xs font-semibold ring-1 ${tone(c)}`}
                title={`${SURVEY_LABEL[c.survey]} score on a ${SCALE[c.survey]} scale`}
              >
                {SURVEY_LABEL[c.survey]} {c.score}
              </span>
              <div className="min-w-0">
                <p className="text-slate-800">“{c.comment}”</p>
                <p className="mt-0.5 text-xs text-slate-500">
                  {c.customer_id && c.customer_name ? <CustomerLink id={c.customer_id} name={c.customer_name} /> : "Unknown customer"} ·{" "}
                  <time dateTime={c.responded_at}>{dateFormat.format(new Date(c.responded_at))}</time>
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
      {matches.length > shown && (
        <button
          type="button"
          onClick={() => setShown((n) => n + PAGE * 2)}
          className="mx-4 mb-3 rounded border border-slate-200 px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50"
        >
          Show more ({matches.length - shown} more)
        </button>
      )}
    </section>
  );
}
