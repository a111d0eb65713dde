"use client";

import { useEffect, useId, useState } from "react";
import type { CsCommentsResponse } from "@/lib/api/cs-comments-query";
import type { VerbatimComment } from "@/lib/metrics/cs-dashboard";
import { apiFetch } from "@/components/api/api-fetch";
import { useViewQuery } from "@/components/api/use-view-query";
import { CustomerLink } from "./customer-list";

const PAGE = 10;
/** Comments one fetch asks for (the API answers at most 200). */
const FETCH = 50;
const DEBOUNCE_MS = 250;
const ENDPOINT = "/api/dashboards/cs/comments";
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

const join = (a: string, b: string) => (a ? `${a}&${b}` : b);

export interface CommentsListProps {
  /** The view's first comments, newest first. */
  comments: readonly VerbatimComment[];
  /** How many comments the view's period has under its filters. */
  total: number;
  /** The view's period and filters as a query string, for GET /api/dashboards/cs/comments. */
  viewParams: string;
}

/** Rows fetched by "Show more" and how many are shown, for one list (the view's, or one search's). */
interface Paging {
  key: string;
  shown: number;
  more: VerbatimComment[];
}

/**
 * The verbatim comments: the view's first ones at once; a search (debounced) and the pages after the
 * first come from GET /api/dashboards/cs/comments, so the browser never holds them all.
 */
export function CommentsList({ comments, total, viewParams }: CommentsListProps) {
  const [query, setQuery] = useState("");
  const [debounced, setDebounced] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(query.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  // The list's own params (period, filters and search): the key its pages are fetched and kept by.
  const key = debounced ? join(viewParams, `q=${encodeURIComponent(debounced)}`) : viewParams;
  const searchParams = debounced ? join(key, `limit=${FETCH}`) : null;
  const search = useViewQuery<CsCommentsResponse>(ENDPOINT, searchParams);
  const base = searchParams === null ? { comments, total } : (search.data ?? null);
  const [paging, setPaging] = useState<Paging>({ key, shown: PAGE, more: [] });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  const current = paging.key === key ? paging : { key, shown: PAGE, more: [] };
  const loaded = base ? [...base.comments, ...current.more] : [];
  const matchTotal = base?.total ?? 0;
  const searching = searchParams !== null && (search.data === undefined || search.refreshing);
  const titleId = useId();

  async function showMore() {
    const shown = current.shown + PAGE * 2;
    if (shown <= loaded.length || loaded.length >= matchTotal) {
      setPaging({ ...current, shown });
      return;
    }
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await apiFetch<CsCommentsResponse>(`${ENDPOINT}?${join(key, `offset=${loaded.length}&limit=${FETCH}`)}`);
      // Appended to the rows it was asked after (a list left meanwhile keeps its own state).
      setPaging((p) => {
        const now = p.key === key ? p : { key, shown: PAGE, more: [] };
        return now.more.length === current.more.length ? { key, shown, more: [...now.more, ...page.comments] } : p;
      });
    } catch (error) {
      setMoreError(error instanceof Error ? error.message : String(error));
    } finally {
      setLoadingMore(false);
    }
  }

  const visible = loaded.slice(0, current.shown);
  const remaining = matchTotal - visible.length;
  return (
    <section aria-labelledby={titleId} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <header className="flex flex-wrap items-center justify-between gap-2 px-4 pt-3">
        <h3 id={titleId} className="text-sm font-semibold text-slate-900">
          Verbatim comments <span className="font-normal text-slate-500">({total})</span>
        </h3>
        <label className="flex items-center gap-2 text-xs text-slate-500">
          Search
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Word or customer"
            className="w-48 rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-900"
          />
        </label>
      </header>
      <p className="px-4 pt-1 text-xs text-slate-500" aria-live="polite" data-testid="comments-count">
        {searchParams === null ? `${total} comments` : base === null ? "Searching…" : `${matchTotal} comments match`}
      </p>
      {search.error && searchParams !== null && (
        <p role="alert" className="px-4 pt-1 text-xs text-amber-800">
          The search could not be run: {search.error.message}
        </p>
      )}
      {base === null ? null : visible.length === 0 ? (
        <p className="px-4 py-6 text-center text-sm text-slate-500">
          {total === 0 ? "No comments in this period." : "No comment matches this search."}
        </p>
      ) : (
        <ul
          className={`divide-y divide-slate-100 px-4 py-1 transition-opacity ${searching ? "opacity-70" : ""}`}
          aria-busy={searching}
          data-testid="comments"
        >
          {visible.map((c) => (
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
      {moreError && (
        <p role="alert" className="px-4 pb-1 text-xs text-amber-800">
          More comments could not be loaded: {moreError}
        </p>
      )}
      {base !== null && remaining > 0 && (
        <button
          type="button"
          onClick={showMore}
          disabled={loadingMore}
          className="mx-4 mb-3 rounded border border-slate-200 px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60"
        >
          {loadingMore ? "Loading…" : `Show more (${remaining} more)`}
        </button>
      )}
    </section>
  );
}
