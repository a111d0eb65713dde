import { filterQueryString } from "@/lib/api/metrics-query";

/** Drill-down params the Customers page understands, beside the period and filters (never replacing the period). */
export type CustomersDrill = Partial<
  Record<"month" | "movement" | "cohort" | "status" | "retention_cohort" | "health" | "segment" | "back", string>
>;

/**
 * A link to /customers with the view's period and filters plus drill params; a drill param
 * replaces a filter of the same name (a segment bar sets `segment`), while a month bar adds
 * `month` beside the period.
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

const DASHBOARDS: Record<string, string> = { "/": "Executive", "/cs": "Customer Success" };

/** The drill base of a dashboard: its period and filters, and `back` to return to this exact view. */
export function withBack(filtersQueryString: string, dashboardPath: "/" | "/cs"): string {
  const params = new URLSearchParams(filtersQueryString);
  params.set("back", filtersQueryString ? `${dashboardPath}?${filtersQueryString}` : dashboardPath);
  return params.toString();
}

/** A `back` param read safely: only a Keel dashboard with its period and filters, never another site. */
export function backLink(back: string | null): { href: string; label: string } | null {
  if (!back || !back.startsWith("/") || back.startsWith("//")) return null;
  const url = new URL(back, "http://keel.invalid");
  const label = DASHBOARDS[url.pathname];
  if (!label || url.origin !== "http://keel.invalid") return null;
  const kept = filterQueryString(url.searchParams);
  return { href: kept ? `${url.pathname}?${kept}` : url.pathname, label: `Back to ${label}` };
}
