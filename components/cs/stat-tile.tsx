import Link from "next/link";

export interface StatTileProps {
  id: string;
  label: string;
  value: string;
  note?: string;
  href?: string;
  linkLabel?: string;
  tone?: "default" | "bad";
}

/** One headline number of the CS dashboard, optionally with the customers behind it. */
export function StatTile({ id, label, value, note, href, linkLabel, tone = "default" }: StatTileProps) {
  return (
    <article data-testid={`stat-${id}`} className="flex min-w-0 flex-col rounded-lg border border-slate-200 bg-white px-3 py-2.5 shadow-sm">
      <h3 className="truncate text-xs font-medium text-slate-500" title={label}>
        {label}
      </h3>
      <p data-testid={`stat-${id}-value`} className={`mt-1 text-2xl font-semibold tabular-nums ${tone === "bad" ? "text-red-700" : "text-slate-900"}`}>
        {value}
      </p>
      {note && <p className="mt-0.5 truncate text-xs text-slate-500" title={note}>{note}</p>}
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
