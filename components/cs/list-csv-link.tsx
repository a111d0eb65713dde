import { customersHref } from "@/components/drilldown/customers-href";

/** Downloads the same list from GET /api/customers as CSV, with the view's period, filters and drill. */
export function ListCsvLink({ qs, drill, label = "CSV" }: { qs: string; drill: Record<string, string>; label?: string }) {
  const params = new URLSearchParams(qs);
  params.delete("back");
  const href = customersHref(params.toString(), { ...drill, format: "csv" }).replace(/^\/customers/, "/api/customers");
  return (
    <a href={href} download className="text-xs font-medium text-indigo-700 hover:underline" data-testid="list-csv">
      ⬇ {label}
    </a>
  );
}
