"use client";

import { useId, useState, type FormEvent } from "react";
import { apiFetch } from "@/components/api/api-fetch";
import { AdminOnly, AdminOnlyNotice } from "@/components/auth/admin-only";

/** The one currency Keel adds up; a billing export's rows in another currency are row errors. */
export function ReportingCurrencyForm({ initial }: { initial: string }) {
  const id = useId();
  const [currency, setCurrency] = useState(initial.toUpperCase());
  const [status, setStatus] = useState<{ kind: "idle" | "saving" | "saved" } | { kind: "error"; message: string }>({ kind: "idle" });

  async function save(event: FormEvent) {
    event.preventDefault();
    setStatus({ kind: "saving" });
    try {
      const answer = await apiFetch<{ currency: string }>("/api/settings/currency", { method: "PUT", body: JSON.stringify({ currency }) });
      setCurrency(String(answer.currency).toUpperCase());
      setStatus({ kind: "saved" });
    } catch (error) {
      setStatus({ kind: "error", message: (error as Error).message });
    }
  }

  return (
    <form onSubmit={save} className="max-w-3xl rounded-lg border border-slate-200 bg-white p-6 shadow-sm" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        Reporting currency
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Keel adds up amounts in one currency. A Stripe export imports only when every row&apos;s Currency is this one; a row in another
        currency is reported as a row error, and nothing is imported.
      </p>
      <label htmlFor={id} className="mt-4 block text-sm font-medium text-slate-800">
        Currency code
      </label>
      <input
        id={id}
        name="currency"
        required
        maxLength={3}
        pattern="[A-Za-z]{3}"
        title="A three-letter currency code, e.g. USD or EUR"
        value={currency}
        onChange={(e) => {
          setCurrency(e.target.value.toUpperCase());
          setStatus({ kind: "idle" });
        }}
        className="mt-1 w-24 rounded-md border border-slate-300 px-2 py-1.5 font-mono uppercase shadow-sm"
      />
      <p className="mt-1 text-xs text-slate-500">Three letters (ISO 4217), e.g. USD, EUR, GBP; default USD.</p>
      <AdminOnly
        fallback={
          <div className="mt-4">
            <AdminOnlyNotice what="change settings" />
          </div>
        }
      >
        <div className="mt-4 flex items-center gap-3">
          <button
            type="submit"
            disabled={status.kind === "saving"}
            className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 disabled:opacity-60"
          >
            {status.kind === "saving" ? "Saving…" : "Use this currency"}
          </button>
          {status.kind === "saved" && (
            <span role="status" className="text-sm text-emerald-700">
              Saved. The next billing import uses {currency}.
            </span>
          )}
          {status.kind === "error" && (
            <span role="alert" className="text-sm text-red-700">
              {status.message}
            </span>
          )}
        </div>
      </AdminOnly>
    </form>
  );
}
