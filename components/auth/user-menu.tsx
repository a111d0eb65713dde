"use client";

import { useState } from "react";
import { useCurrentUser } from "./user-context";

export function UserMenu() {
  const user = useCurrentUser();
  const [busy, setBusy] = useState(false);
  if (!user) return null;
  const signOut = async () => {
    setBusy(true);
    await fetch("/api/auth/logout", { method: "POST" }).catch(() => undefined);
    window.location.assign("/sign-in");
  };
  return (
    <div className="ml-auto flex shrink-0 items-center gap-3 text-sm">
      <span className="hidden text-slate-600 sm:inline" data-testid="user-email">
        {user.email} <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{user.role}</span>
      </span>
      <button
        type="button"
        onClick={signOut}
        disabled={busy}
        className="rounded-md border border-slate-300 px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60"
      >
        Sign out
      </button>
    </div>
  );
}
