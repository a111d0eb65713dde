"use client";

import Link from "next/link";
import { useId, useState, type ReactNode } from "react";

export interface ListColumn<T> {
  key: string;
  label: string;
  align?: "left" | "right";
  render: (row: T) => ReactNode;
  /** Makes the header a sort button; numbers sort largest first on the first click, text A to Z. */
  sortValue?: (row: T) => number | string | null;
}

export interface CustomerListProps<T> {
  id: string;
  title: string;
  caption: string;
  rows: readonly T[];
  /** How many rows there are in all when `rows` holds only the first ones (then the headers do not sort and the end links to `drill`). */
  total?: number;
  rowKey: (row: T) => string;
  columns: ListColumn<T>[];
  empty: string;
  /** Rows shown before "Show more". */
  pageSize?: number;
  drill?: { href: string; label: string };
  /** The column (with sortValue) the rows are ordered by until a header is clicked; else the rows' own order. */
  defaultSort?: { key: string; dir: "asc" | "desc" };
  /**
   * Fetches the rows after `rows` into the parent's list when "Show more" needs more than are here
   * (`total` above rows.length); without it a partial list ends with "View all", linking `drill`.
   */
  loadMore?: () => Promise<void>;
  /** Extra controls in the header, e.g. a CSV download. */
  actions?: ReactNode;
  children?: ReactNode;
}

function sortedRows<T>(rows: readonly T[], columns: ListColumn<T>[], sort: { key: string; dir: "asc" | "desc" } | null): readonly T[] {
  const value = sort && columns.find((c) => c.key === sort.key)?.sortValue;
  if (!sort || !value) return rows;
  const sign = sort.dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === vb) return 0;
    if (va === null) return 1;
    if (vb === null) return -1;
    return sign * (typeof va === "number" && typeof vb === "number" ? va - vb : String(va).localeCompare(String(vb)));
  });
}

/** A list of customers (at risk, stuck...) capped with "Show more", each linking to its page. */
/** The first column stays in view while the table scrolls sideways on a narrow screen. */
const STICKY = "sticky left-0 z-[1] bg-white pl-4";

export function CustomerList<T>(props: CustomerListProps<T>) {
  const pageSize = props.pageSize ?? 8;
  const [shown, setShown] = useState(pageSize);
  const [sort, setSort] = useState(props.defaultSort ?? null);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const titleId = useId();
  const total = props.total ?? props.rows.length;
  // Only the first rows are here: sorting them would misstate the whole list.
  const partial = total > props.rows.length;
  const columns = partial ? props.columns.map((c) => ({ ...c, sortValue: undefined })) : props.columns;
  const visible = sortedRows(props.rows, props.columns, sort).slice(0, shown);
  const canLoad = partial && props.loadMore !== undefined;
  const showMore = async () => {
    const next = shown + pageSize * 2;
    if (next > props.rows.length && canLoad) {
      setLoading(true);
      setLoadError(null);
      try {
        await props.loadMore!();
      } catch (error) {
        setLoadError(error instanceof Error ? error.message : String(error));
        return;
      } finally {
        setLoading(false);
      }
    }
    setShown(next);
  };
  const toggle = (c: ListColumn<T>) => {
    const numeric = props.rows.length > 0 && typeof c.sortValue!(props.rows[0]) === "number";
    const first = numeric ? "desc" : "asc";
    setSort(sort?.key === c.key ? { key: c.key, dir: sort.dir === "asc" ? "desc" : "asc" } : { key: c.key, dir: first });
  };
  return (
    <section
      aria-labelledby={titleId}
      data-list-id={props.id}
      className="flex flex-col rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      <header className="flex flex-wrap items-baseline justify-between gap-2 px-4 pt-3">
        <h3 id={titleId} className="text-sm font-semibold text-slate-900">
          {props.title} <span className="font-normal text-slate-500">({total})</span>
        </h3>
        <div className="flex items-baseline gap-3">
          {props.actions}
          {props.drill && (
            <Link href={props.drill.href} data-testid={`${props.id}-drill`} className="text-xs font-medium text-indigo-700 hover:underline">
              {props.drill.label} →
            </Link>
          )}
        </div>
      </header>
      {props.children}
      {props.rows.length === 0 ? (
        <p className="px-4 py-6 text-center text-sm text-slate-500">{props.empty}</p>
      ) : (
        <div className="overflow-x-auto pb-2 pt-1">
          <table className="w-full min-w-[32rem] text-left text-sm">
            <caption className="sr-only">{props.caption}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-xs text-slate-500">
                {columns.map((c, i) => {
                  const active = sort?.key === c.key;
                  return (
                    <th
                      key={c.key}
                      scope="col"
                      aria-sort={c.sortValue ? (active ? (sort!.dir === "asc" ? "ascending" : "descending") : "none") : undefined}
                      className={`py-1.5 font-medium ${i === props.columns.length - 1 ? "pr-4" : "pr-3"} ${c.align === "right" ? "text-right" : ""} ${i === 0 ? STICKY : ""}`}
                    >
                      {c.sortValue ? (
                        <button
                          type="button"
                          onClick={() => toggle(c)}
                          className={`inline-flex items-center gap-1 hover:text-slate-900 ${active ? "text-slate-900" : ""}`}
                        >
                          {c.label}
                          <span aria-hidden="true" className={active ? "" : "opacity-30"}>
                            {active && sort!.dir === "asc" ? "▲" : "▼"}
                          </span>
                        </button>
                      ) : (
                        c.label
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {visible.map((row) => (
                <tr key={props.rowKey(row)} className="border-b border-slate-100 last:border-0">
                  {props.columns.map((c, i) => (
                    <td
                      key={c.key}
                      className={`py-1.5 tabular-nums ${i === props.columns.length - 1 ? "pr-4" : "pr-3"} ${c.align === "right" ? "text-right" : ""} ${i === 0 ? STICKY : ""}`}
                    >
                      {c.render(row)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {loadError && (
        <p role="alert" className="px-4 pb-1 text-xs text-amber-800">
          More rows could not be loaded: {loadError}
        </p>
      )}
      {(props.rows.length > shown || (canLoad && total > shown)) && (
        <button
          type="button"
          onClick={showMore}
          disabled={loading}
          className="mx-4 mb-3 self-start rounded border border-slate-200 px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60"
        >
          {loading ? "Loading…" : `Show more (${(canLoad ? total : props.rows.length) - shown} more)`}
        </button>
      )}
      {partial && !canLoad && props.rows.length <= shown && props.drill && (
        <Link
          href={props.drill.href}
          data-testid={`${props.id}-view-all`}
          className="mx-4 mb-3 self-start text-xs font-medium text-indigo-700 hover:underline"
        >
          View all {total} →
        </Link>
      )}
    </section>
  );
}

export function CustomerLink({ id, name }: { id: string; name: string }) {
  return (
    <Link href={`/customers/${encodeURIComponent(id)}`} className="font-medium text-indigo-700 hover:underline">
      {name}
    </Link>
  );
}
