"use client";

import { formatNumber } from "@/lib/format";

export function Pagination(props: { page: number; pageSize: number; total: number; onPage: (page: number) => void }) {
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  if (props.total === 0) return null;
  const first = (props.page - 1) * props.pageSize + 1;
  const last = Math.min(props.total, props.page * props.pageSize);
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
      <p>
        {first <= props.total
          ? `${formatNumber(first)}–${formatNumber(last)} of ${formatNumber(props.total)}`
          : `Page ${props.page} is past the end`}
      </p>
      <div className="flex items-center gap-2">
        <PageButton label="Previous" disabled={props.page <= 1} onClick={() => props.onPage(Math.min(props.page - 1, pages))} />
        <span className="tabular-nums">
          Page {formatNumber(props.page)} of {formatNumber(pages)}
        </span>
        <PageButton label="Next" disabled={props.page >= pages} onClick={() => props.onPage(props.page + 1)} />
      </div>
    </nav>
  );
}

function PageButton({ label, disabled, onClick }: { label: string; disabled: boolean; onClick: () => void }) {
  return (
    <button
      type="button"
      disabled={disabled}
      onClick={onClick}
      className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-40"
    >
      {label}
    </button>
  );
}
