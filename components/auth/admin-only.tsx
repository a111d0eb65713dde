"use client";

import type { ReactNode } from "react";
import { useIsAdmin } from "./user-context";

/** Renders its children for admins; for viewers, the optional explanation instead. */
export function AdminOnly({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  return <>{useIsAdmin() ? children : fallback}</>;
}

export function AdminOnlyNotice({ what }: { what: string }) {
  return (
    <p role="status" className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      Only admins can {what}. Ask an admin if you need to.
    </p>
  );
}
