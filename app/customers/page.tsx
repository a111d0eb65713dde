import type { Metadata } from "next";
import { CustomersView } from "@/components/customers/customers-view";
import { customerQueryString } from "@/components/customers/query-string";
import { NoDataYet } from "@/components/ui/empty-state";
import { getDb } from "@/db";
import { getCustomerList } from "@/db/queries/customers";
import { getFilterOptions } from "@/db/queries/filter-options";
import { parseCustomersQuery } from "@/lib/api/customers-query";
import { toUrlSearchParams } from "@/lib/api/metrics-query";

export const metadata: Metadata = { title: "Customers" };
export const dynamic = "force-dynamic";

export default async function CustomersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = toUrlSearchParams(await searchParams);
  const db = getDb();
  const options = getFilterOptions(db);
  if (!options) return <NoDataYet />;
  const query = parseCustomersQuery(params);
  const queryString = customerQueryString(params);
  if (!query.ok) return <CustomersView options={options} initial={{ queryString, error: query.message }} />;
  const data = getCustomerList(db, query.value);
  return <CustomersView options={options} initial={data ? { queryString, data } : null} />;
}
