"use client";

import { useId, useState, type ReactNode } from "react";

export interface GlossaryItem {
  key: string;
  /** Lower-case text the search matches: name, key and one-line definition. */
  haystack: string;
  card: ReactNode;
}

export interface GlossarySection {
  id: string;
  label: string;
  items: GlossaryItem[];
}

function matches(haystack: string, terms: string[]): boolean {
  return terms.every((term) => haystack.includes(term));
}

/** Search box plus the family sections; filters the server-rendered cards as you type. */
export function GlossaryBrowser({ sections }: { sections: GlossarySection[] }) {
  const [query, setQuery] = useState("");
  const inputId = useId();
  const statusId = useId();
  const terms = query.toLowerCase().replace(/_/g, " ").split(/\s+/).filter(Boolean);
  const total = sections.reduce((n, s) => n + s.items.length, 0);
  const visible = sections.map((s) => ({ ...s, items: s.items.filter((item) => matches(item.haystack, terms)) }));
  const shown = visible.reduce((n, s) => n + s.items.length, 0);

  return (
    <div>
      <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-900">
          Search metrics
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id={inputId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Escape") setQuery("");
            }}
            placeholder="e.g. churn, nrr, cost"
            aria-describedby={statusId}
            autoComplete="off"
            spellCheck={false}
            className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-400 focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/30"
          />
          {query ? (
            <button
              type="button"
              onClick={() => setQuery("")}
              className="shrink-0 rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50"
            >
              Clear
            </button>
          ) : null}
        </div>
        <p id={statusId} role="status" aria-live="polite" className="mt-2 text-xs text-slate-500">
          {terms.length === 0 ? `${total} metrics` : `${shown} of ${total} metrics match “${query.trim()}”`}
        </p>
      </div>

      {shown === 0 ? (
        <p className="mt-6 rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">
          No metric matches “{query.trim()}”. Try a shorter word, or the API field name (e.g.{" "}
          <code className="font-mono">logo_churn_rate</code>).
        </p>
      ) : null}

      {visible.map((section) =>
        section.items.length === 0 ? null : (
          <section key={section.id} id={section.id} aria-labelledby={`${section.id}-title`} className="mt-8 scroll-mt-20">
            <h2 id={`${section.id}-title`} className="text-lg font-semibold tracking-tight text-slate-900">
              {section.label}
            </h2>
            <div className="mt-3 space-y-4">
              {section.items.map((item) => (
                <div key={item.key}>{item.card}</div>
              ))}
            </div>
          </section>
        ),
      )}
    </div>
  );
}
