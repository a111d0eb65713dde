"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useIsAdmin } from "@/components/auth/user-context";
import { FILTER_PARAMS, NAV_LINKS } from "./nav-links";

export function MainNav() {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const isAdmin = useIsAdmin();
  const carried = new URLSearchParams();
  for (const key of FILTER_PARAMS) {
    const value = searchParams.get(key);
    if (value) carried.set(key, value);
  }
  const query = carried.toString();

  return (
    <nav aria-label="Main" className="flex min-w-0 gap-1 overflow-x-auto">
      {NAV_LINKS.filter((link) => isAdmin || !link.adminOnly).map((link) => {
        const active = link.href === "/" ? pathname === "/" : link.href === "/settings" ? pathname === "/settings" : pathname.startsWith(link.href);
        const href = link.keepsFilters && query ? `${link.href}?${query}` : link.href;
        return (
          <Link
            key={link.href}
            href={href}
            aria-current={active ? "page" : undefined}
            className={`whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium ${
              active ? "bg-indigo-50 text-indigo-700" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900"
            }`}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
