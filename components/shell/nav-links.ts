export interface NavLink {
  href: string;
  label: string;
  /** Links that carry the period and filters along. */
  keepsFilters: boolean;
  /** Shown to admins only (the pages and APIs check the role themselves). */
  adminOnly?: boolean;
}

export const NAV_LINKS: readonly NavLink[] = [
  { href: "/", label: "Executive", keepsFilters: true },
  { href: "/cs", label: "Customer Success", keepsFilters: true },
  { href: "/customers", label: "Customers", keepsFilters: true },
  { href: "/import", label: "Import", keepsFilters: false, adminOnly: true },
  { href: "/metrics", label: "Metrics glossary", keepsFilters: false },
  { href: "/settings", label: "Settings", keepsFilters: false },
  { href: "/settings/users", label: "Users", keepsFilters: false, adminOnly: true },
];
