/** Drill-down params the Customers page understands, on top of the period and filters. */
export type CustomersDrill = Partial<
  Record<"movement" | "cohort" | "status" | "retention_cohort" | "health" | "segment" | "from" | "to", string>
>;

/**
 * A link to /customers with the view's period and filters plus drill params; a drill param
 * replaces a filter of the same name (e.g. a segment bar sets `segment`, a month bar `from`/`to`).
 */
export function customersHref(filtersQueryString: string, drill: CustomersDrill | Record<string, string>): string {
  const params = new URLSearchParams(filtersQueryString);
  for (const [key, value] of Object.entries(drill)) {
    if (value === undefined || value === "") continue;
    params.set(key, value);
  }
  const query = params.toString();
  return query ? `/customers?${query}` : "/customers";
}
