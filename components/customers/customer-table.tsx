"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { formatMoney, formatMonth, formatNumber, segmentLabel } from "@/lib/format";
import type { CustomerListResponse, CustomerRow, SortDir, SortKey } from "@/lib/metrics/customer-list-types";
import { HealthBadge, StatusBadge } from "./health-badge";
import { ReviewedCell } from "@/components/cs/reviewed-cell";

interface Column {
  key: string;
  label: string;
  sort?: SortKey;
  align?: "right";
  /** Hidden below the sm breakpoint, so a phone keeps name, money and health. */
  wide?: boolean;
  /** Long text that may wrap (the rest stays on one line). */
  wrap?: boolean;
  cell: (row: CustomerRow) => ReactNode;
}

const dash = <span className="text-slate-500">—</span>;
/** Whole units in the list, so the column lines up; the customer page shows cents. */
const money = (value: number | undefined) => formatMoney(value === undefined ? value : Math.round(value));
const text = (value: string | null) => value ?? dash;

function columnsFor(drill: CustomerListResponse["drill"]): Column[] {
  const cols: Column[] = [
    { key: "name", label: "Customer", sort: "name", cell: () => null },
    { key: "segment", label: "Segment", sort: "segment", wide: true, cell: (r) => segmentLabel(r.segment) },
    { key: "plan", label: "Plan", wide: true, cell: (r) => text(r.plan) },
    { key: "csm", label: "CSM", wide: true, cell: (r) => text(r.csm) },
  ];
  if (drill.movement) {
    cols.push({ key: "movement_amount", label: "Moved", sort: "movement_amount", align: "right", cell: (r) => money(r.movement_amount) });
    cols.push({
      key: "movement_months",
      label: "When",
      wide: true,
      wrap: true,
      cell: (r) => (r.movement_months ?? []).map(formatMonth).join(", "),
    });
  }
  if (drill.retention_cohort || drill.cohort) {
    cols.push({ key: "start_mrr", label: "MRR then", align: "right", cell: (r) => money(r.start_mrr) });
  }
  cols.push({ key: "mrr", label: "MRR", sort: "mrr", align: "right", cell: (r) => money(r.mrr) });
  cols.push({ key: "arr", label: "ARR", sort: "arr", align: "right", wide: true, cell: (r) => money(r.arr) });
  cols.push({
    key: "health",
    label: "Health",
    sort: "health_score",
    cell: (r) => (
      <>
        <HealthBadge band={r.health_band} score={r.health_score} />
        {r.weakest_factor && <span className="block text-xs text-slate-500">weakest: {r.weakest_factor}</span>}
      </>
    ),
  });
  cols.push({
    key: "stage",
    label: "Stage",
    wide: true,
    cell: (r) => <span className="capitalize">{text(r.current_stage?.replace(/_/g, " ") ?? null)}</span>,
  });
  if (drill.stuck) cols.push({ key: "days", label: "Days in stage", align: "right", cell: (r) => formatNumber(r.days_in_stage) });
  if (drill.survey) cols.push({ key: "nps", label: "NPS", align: "right", cell: (r) => formatNumber(r.nps_score) });
  if (drill.renewal) {
    cols.splice(
      4,
      0,
      { key: "renewal_date", label: "Renews", sort: "renewal_date", cell: (r) => <span data-testid="renewal-date">{r.renewal_date}</span> },
      { key: "renewal_days", label: "In days", align: "right", cell: (r) => formatNumber(r.days_until_renewal) },
      { key: "renewal_arr", label: "Renewing ARR", align: "right", cell: (r) => money(r.renewal_arr) },
    );
  }
  if (drill.health === "at_risk")
    cols.push({ key: "reviewed", label: "Reviewed", wide: true, cell: (r) => <ReviewedCell review={r.review} /> });
  cols.push({ key: "status", label: "Status", wide: true, cell: (r) => <StatusBadge status={r.status} /> });
  cols.push({ key: "signup", label: "Signed up", sort: "signup_date", wide: true, cell: (r) => r.signup_date });
  return cols;
}

export function CustomerTable(props: {
  data: CustomerListResponse;
  customerHref: (id: string) => string;
  onSort: (sort: SortKey, dir: SortDir) => void;
  busy: boolean;
}) {
  const router = useRouter();
  const { drill } = props.data;
  const columns = columnsFor(drill);
  const toggle = (key: SortKey) => {
    const numeric = !["name", "segment", "signup_date", "renewal_date"].includes(key);
    const dir: SortDir = drill.sort === key ? (drill.dir === "asc" ? "desc" : "asc") : numeric ? "desc" : "asc";
    props.onSort(key, dir);
  };

  return (
    <div
      className={`overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm transition-opacity ${props.busy ? "opacity-60" : ""}`}
      aria-busy={props.busy}
    >
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Customers</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-500">
          <tr>
            {columns.map((c, i) => {
              const sorted = c.sort !== undefined && drill.sort === c.sort;
              return (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={c.sort ? (sorted ? (drill.dir === "asc" ? "ascending" : "descending") : "none") : undefined}
                  className={`whitespace-nowrap px-2.5 py-2 font-medium ${c.align === "right" ? "text-right" : ""} ${c.wide ? "hidden sm:table-cell" : ""} ${i === 0 ? "sticky left-0 z-[1] bg-slate-50" : ""}`}
                >
                  {c.sort ? (
                    <button
                      type="button"
                      onClick={() => toggle(c.sort!)}
                      className={`inline-flex items-center gap-1 hover:text-slate-900 ${sorted ? "text-slate-900" : ""}`}
                    >
                      {c.label}
                      <span aria-hidden="true" className={sorted ? "" : "opacity-30"}>
                        {sorted && drill.dir === "asc" ? "▲" : "▼"}
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
        <tbody className="divide-y divide-slate-100">
          {props.data.customers.map((row) => {
            const href = props.customerHref(row.customer_id);
            return (
              <tr key={row.customer_id} onClick={() => router.push(href)} className="cursor-pointer hover:bg-indigo-50/40">
                {columns.map((c, i) => (
                  <td
                    key={c.key}
                    className={`${i === 0 ? "sticky left-0 z-[1] bg-white" : ""} px-2.5 py-2 align-middle ${c.align === "right" ? "whitespace-nowrap text-right tabular-nums" : ""} ${c.wide ? "hidden sm:table-cell" : ""} ${c.key === "name" ? "" : c.wrap ? "min-w-28 text-slate-700" : "whitespace-nowrap text-slate-700"}`}
                  >
                    {c.key === "name" ? (
                      <Link
                        href={href}
                        onClick={(e) => e.stopPropagation()}
                        className="block min-w-36 font-medium text-slate-900 hover:text-indigo-700 hover:underline"
                      >
                        {row.name}
                        <span className="block text-xs font-normal text-slate-500">{row.customer_id}</span>
                      </Link>
                    ) : (
                      c.cell(row)
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
