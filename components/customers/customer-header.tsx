import { formatMoney, formatMonth, segmentLabel } from "@/lib/format";
import type { CustomerDetail } from "@/lib/metrics/customer-detail";
import { StatusBadge } from "./health-badge";

export function CustomerHeader({ detail }: { detail: CustomerDetail }) {
  const facts: [string, string][] = [
    ["Segment", segmentLabel(detail.segment)],
    ["Plan", detail.plan ?? "—"],
    ["CSM", detail.csm ?? "—"],
    ["Stage", detail.current_stage?.replace(/_/g, " ") ?? "—"],
    ["Signed up", detail.signup_date],
    ["Channel", detail.acquisition_channel ?? "—"],
  ];
  const lastChurn = detail.status === "churned" ? detail.movements.findLast((m) => m.movement === "churn") : undefined;
  return (
    <header className="rounded-lg border border-slate-200 bg-white px-4 py-4 shadow-sm sm:px-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{detail.name}</h1>
            <StatusBadge status={detail.status} />
          </div>
          <p className="mt-0.5 text-sm text-slate-500">
            {detail.customer_id}
            {lastChurn && ` · churned in ${formatMonth(lastChurn.month)}, losing ${formatMoney(lastChurn.amount)} MRR`}
          </p>
        </div>
        <div className="flex gap-6 text-right">
          <div>
            <p className="text-xs font-medium text-slate-500">ARR</p>
            <p className="text-2xl font-semibold tabular-nums text-slate-900" data-testid="customer-arr">
              {formatMoney(detail.arr)}
            </p>
          </div>
          <div>
            <p className="text-xs font-medium text-slate-500">MRR at {formatMonth(detail.as_of)}</p>
            <p className="text-2xl font-semibold tabular-nums text-slate-900">{formatMoney(detail.mrr)}</p>
          </div>
        </div>
      </div>
      <dl className="mt-4 grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-3 lg:grid-cols-6">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs font-medium text-slate-500">{label}</dt>
            <dd className={`text-slate-900 ${label === "Stage" || label === "Channel" ? "capitalize" : ""}`}>{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
