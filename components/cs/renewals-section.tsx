"use client";

import { useState } from "react";
import { HealthBadge } from "@/components/customers/health-badge";
import { customersHref } from "@/components/drilldown/customers-href";
import type { CsDashboardResponse } from "@/lib/metrics/cs-dashboard";
import { viewQueryString } from "@/lib/api/metrics-query";
import { RENEWAL_WINDOWS, type RenewalWindow } from "@/lib/metrics/renewals";
import { fmt } from "./cs-format";
import { CustomerLink, CustomerList } from "./customer-list";
import { ListCsvLink } from "./list-csv-link";
import { SectionHeading } from "./stat-tile";
import { usePagedList } from "./use-paged-list";

const PERIOD_WORDS = { quarter: "quarterly", year: "yearly" } as const;

/** Quarterly and yearly contracts coming up for renewal in the 30, 60 or 90 days after the period. */
export function RenewalsSection({ cs, qs }: { cs: CsDashboardResponse; qs: string }) {
  const [days, setDays] = useState<RenewalWindow>(90);
  // The view carries the first renewals and each window's sums; a shorter window's renewals are the
  // first ones of the 90 days, so its rows are the loaded ones within it.
  const list = usePagedList("/api/dashboards/cs/renewals", viewQueryString(cs.period, cs.filters), cs.renewals);
  const rows = list.rows.filter((r) => r.days_until <= days);
  const { count, arr, arr_at_risk: atRisk } = cs.renewal_windows.find((w) => w.days === days)!;
  return (
    <section aria-labelledby="cs-renewals" className="space-y-3" data-testid="renewals">
      <SectionHeading id="cs-renewals" title="Renewals">
        <div role="group" aria-label="Renewing within" className="inline-flex overflow-hidden rounded-md border border-slate-300 text-sm">
          {RENEWAL_WINDOWS.map((d) => (
            <button
              key={d}
              type="button"
              aria-pressed={d === days}
              onClick={() => setDays(d)}
              className={`px-3 py-1 ${d === days ? "bg-indigo-600 text-white" : "bg-white text-slate-700 hover:bg-slate-50"}`}
            >
              {d} days
            </button>
          ))}
        </div>
      </SectionHeading>
      <p className="text-sm text-slate-600" data-testid="renewals-summary">
        {fmt.count(count)} quarterly or yearly contract{count === 1 ? "" : "s"} renew in the {days} days after {cs.period.to}:{" "}
        <span className="font-medium text-slate-900">{fmt.moneyFull(arr)} ARR</span>
        {atRisk > 0 && (
          <>
            , of which <span className="font-medium text-red-700">{fmt.moneyFull(atRisk)}</span> at risk
          </>
        )}
        . The next renewal is the start date plus whole terms.
      </p>
      <CustomerList
        id="renewals-list"
        title={`Renewing in the next ${days} days`}
        caption="Term contracts renewing soon, with ARR, health and CSM"
        rows={rows}
        total={count}
        loadMore={list.loadMore}
        rowKey={(r) => r.subscription_id}
        empty={`No quarterly or yearly contract renews in the ${days} days after the period.`}
        drill={{ href: customersHref(qs, { renewal: String(days) }), label: "Open in Customers" }}
        actions={<ListCsvLink drill={{ renewal: String(days) }} qs={qs} />}
        defaultSort={{ key: "date", dir: "asc" }}
        columns={[
          {
            key: "name",
            label: "Customer",
            render: (r) => <CustomerLink id={r.customer_id} name={r.name} />,
            sortValue: (r) => r.name.toLowerCase(),
          },
          { key: "date", label: "Renews", render: (r) => r.renewal_date, sortValue: (r) => r.renewal_date },
          { key: "days", label: "In days", align: "right", render: (r) => fmt.count(r.days_until), sortValue: (r) => r.days_until },
          { key: "term", label: "Term", render: (r) => PERIOD_WORDS[r.billing_period] },
          {
            key: "arr",
            label: "Renewing ARR",
            align: "right",
            render: (r) => fmt.moneyFull(r.renewal_arr),
            sortValue: (r) => r.renewal_arr,
          },
          {
            key: "health",
            label: "Health",
            render: (r) => <HealthBadge band={r.health_band} score={r.health_score} />,
            sortValue: (r) => r.health_score,
          },
          { key: "csm", label: "CSM", render: (r) => r.csm ?? "—", sortValue: (r) => r.csm ?? "" },
        ]}
      />
    </section>
  );
}
