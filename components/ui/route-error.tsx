"use client";

import { useEffect } from "react";

/** The body of every route's error.tsx: says what happened and offers a retry without losing the URL. */
export function RouteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section role="alert" className="mx-auto mt-16 max-w-xl rounded-xl border border-red-200 bg-white p-8">
      <h1 className="text-lg font-semibold text-red-700">This page could not be shown</h1>
      <p className="mt-2 text-sm text-slate-600">
        Something went wrong while computing it. Your data is safe; try again, and if it persists, check the server log
        {error.digest ? ` (reference ${error.digest})` : ""}.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded-md bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-slate-700"
      >
        Try again
      </button>
    </section>
  );
}
