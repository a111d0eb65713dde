"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { useIsAdmin } from "@/components/auth/user-context";
import { filterQueryString } from "@/lib/api/metrics-query";
import { NAV_LINKS } from "./nav-links";

/** The main links: a row from md up; on a phone a Menu button that opens them as a list. */
export function MainNav() {
  const pathname = usePathname();
  const isAdmin = useIsAdmin();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const query = filterQueryString(useSearchParams());
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  const links = NAV_LINKS.filter((link) => isAdmin || !link.adminOnly).map((link) => ({
    ...link,
    active: link.href === "/" ? pathname === "/" : link.href === "/settings" ? pathname === "/settings" : pathname.startsWith(link.href),
    target: link.keepsFilters && query ? `${link.href}?${query}` : link.href,
  }));
  const current = links.find((link) => link.active);

  return (
    <>
      <nav aria-label="Main" className="hidden min-w-0 gap-1 overflow-x-auto md:flex">
        {links.map((link) => (
          <Link
            key={link.href}
            href={link.target}
            aria-current={link.active ? "page" : undefined}
            className={`whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium ${
              link.active ? "bg-indigo-50 text-indigo-700" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900"
            }`}
          >
            {link.label}
          </Link>
        ))}
      </nav>
      <div className="md:hidden">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
          className="flex items-center gap-2 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
          data-testid="nav-menu-button"
        >
          <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none">
            <path
              d={open ? "M4 4l8 8M12 4l-8 8" : "M2.5 4h11M2.5 8h11M2.5 12h11"}
              stroke="currentColor"
              strokeWidth="1.6"
              strokeLinecap="round"
            />
          </svg>
          Menu
          {current && <span className="sr-only">, on {current.label}</span>}
        </button>
        {open && (
          <nav
            id={panelId}
            aria-label="Main"
            className="absolute inset-x-0 top-full border-b border-slate-200 bg-white px-4 py-2 shadow-lg"
          >
            <ul className="flex flex-col">
              {links.map((link) => (
                <li key={link.href}>
                  <Link
                    href={link.target}
                    aria-current={link.active ? "page" : undefined}
                    onClick={() => setOpen(false)}
                    className={`block rounded-md px-3 py-2.5 text-base font-medium ${
                      link.active ? "bg-indigo-50 text-indigo-700" : "text-slate-700 hover:bg-slate-100"
                    }`}
                  >
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </>
  );
}
