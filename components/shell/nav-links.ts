export interface NavLink {
  href: string;
  label: string;
  /** Links that carry the period and filters along. */
  keepsFilters: boolean;
}

export const NAV_LINKS: readonly NavLink[] = [
  { href: "/", label: "Executive", keepsFilters: true },
  { href: "/cs", label: "Customer Success", keepsFilters: true },
  { href: "/customers", label: "Customers", keepsFilters: true },
  { href: "/import", label: "Import", keepsFilters: false },
  { href: "/metrics", label: "Metrics glossary", keepsFilters: false },
  { href: "/settings", label: "Settings", keepsFilters: false },
];

export const FILTER_PARAMS = ["from", "to", "segment", "csm", "plan"] as const;
