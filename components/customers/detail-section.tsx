import { formatMonth } from "@/lib/format";
import type { ReactNode } from "react";

/** A titled card on the customer page. */
export function DetailSection(props: { title: string; count?: number; children: ReactNode; className?: string; id?: string }) {
  const titleId = `${props.id ?? props.title.toLowerCase().replace(/\W+/g, "-")}-title`;
  return (
    <section
      aria-labelledby={titleId}
      id={props.id}
      className={`rounded-lg border border-slate-200 bg-white shadow-sm ${props.className ?? ""}`}
    >
      <h2 id={titleId} className="flex items-baseline gap-2 border-b border-slate-100 px-4 py-3 text-sm font-semibold text-slate-900">
        {props.title}
        {props.count !== undefined && <span className="text-xs font-normal text-slate-500">{props.count}</span>}
      </h2>
      <div className="px-4 py-3">{props.children}</div>
    </section>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="py-4 text-center text-sm text-slate-500">{children}</p>;
}

export const th = "whitespace-nowrap py-2 pr-4 text-left text-xs font-medium text-slate-500";
export const td = "py-2 pr-4 align-top text-slate-700";

/** "2026-03-14T09:30:00.000Z" -> "14 Mar 2026" (UTC, as every metric). */
export function formatDay(iso: string | null): string {
  if (!iso) return "—";
  const d = new Date(iso);
  return `${d.getUTCDate()} ${formatMonth(d.toISOString().slice(0, 7))}`;
}
