"use client";

import Link from "next/link";
import { backLink } from "@/components/drilldown/customers-href";
import { FilterBar } from "@/components/filters/filter-bar";
import type { FilterOptions } from "@/lib/domain/filter-options";
import { useUrlParams } from "@/components/filters/use-url-params";
import { CustomerTable } from "./customer-table";
import { DrillBanner } from "./drill-banner";
import { Pagination } from "./pagination";
import { SearchBox } from "./search-box";
import { StatusTabs } from "./status-tabs";
import { customerQueryString } from "./query-string";
import { useCustomerList, type InitialCustomerList } from "./use-customer-list";

export function CustomersView({ options, initial }: { options: FilterOptions; initial: InitialCustomerList | null }) {
  const { searchParams, setParams } = useUrlParams();
  const { data, errorMessage: error, isFetching, refreshing } = useCustomerList(initial);
  // A customer's page links back to this very list (drill, sort, page) and on to the dashboard.
  const carried = new URLSearchParams(customerQueryString(searchParams));
  const backParam = searchParams.get("back");
  if (backParam) carried.set("back", backParam);
  const csvQuery = new URLSearchParams(customerQueryString(searchParams));
  csvQuery.delete("page");
  csvQuery.delete("page_size");
  csvQuery.set("format", "csv");
  const csvHref = `/api/customers?${csvQuery}`;
  const customerHref = (id: string) => `/customers/${encodeURIComponent(id)}${carried.size ? `?${carried}` : ""}`;
  const back = backLink(searchParams.get("back"));

  return (
    <div className="space-y-4">
      <div>
        {back && (
          <Link
            href={back.href}
            className="mb-1 inline-flex text-sm font-medium text-indigo-700 hover:underline"
            data-testid="back-to-dashboard"
          >
            ← {back.label}
          </Link>
        )}
        <h1 className="text-2xl font-semibold tracking-tight">Customers</h1>
        <p className="mt-1 text-sm text-slate-600">
          Every customer behind the numbers: open one for its MRR history, health and conversations.
        </p>
      </div>
      <FilterBar options={options} />
      {error && (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          This link cannot be shown: {error}.{" "}
          <Link href="/customers" className="font-medium underline">
            Show all customers
          </Link>
        </p>
      )}
      {data && <DrillBanner data={data} onClear={setParams} />}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <SearchBox />
        <div className="flex flex-wrap items-center gap-3">
          <label className="flex items-center gap-1.5 text-sm text-slate-600">
            Renewing within
            <select
              value={searchParams.get("renewal") ?? ""}
              onChange={(e) => setParams({ renewal: e.target.value || null, page: null })}
              className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
              data-testid="renewal-select"
            >
              <option value="">any time</option>
              <option value="30">30 days</option>
              <option value="60">60 days</option>
              <option value="90">90 days</option>
            </select>
          </label>
          <StatusTabs current={searchParams.get("status")} onChange={(status) => setParams({ status, page: null })} />
          <a href={csvHref} download className="text-sm font-medium text-indigo-700 hover:underline" data-testid="customers-csv">
            ⬇ Export CSV
          </a>
        </div>
      </div>
      {data && data.total === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
          <p className="font-medium text-slate-900">No customers match.</p>
          <p className="mt-1 text-sm text-slate-600">
            Try a longer period, fewer filters or a different search{data.drill.q ? ` than “${data.drill.q}”` : ""}.
          </p>
        </div>
      ) : data ? (
        <>
          <CustomerTable
            data={data}
            customerHref={customerHref}
            busy={isFetching && refreshing}
            onSort={(sort, dir) => setParams({ sort, dir, page: null })}
          />
          <Pagination
            page={data.page}
            pageSize={data.page_size}
            total={data.total}
            onPage={(page) => setParams({ page: page > 1 ? String(page) : null })}
          />
        </>
      ) : (
        !error && <div className="h-96 animate-pulse rounded-lg border border-slate-200 bg-white" aria-label="Loading customers" />
      )}
    </div>
  );
}
