"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { apiFetch } from "@/components/api/api-fetch";
import { useViewQuery } from "@/components/api/use-view-query";
import { formatMonth } from "@/lib/format";
import { SUMMARY_FIELDS } from "@/lib/metrics/summary-fields";
import type { TargetEntry } from "@/lib/metrics/types";

const input = "rounded-md border border-slate-300 px-2 py-1 text-sm";

/** Plan figures by hand: the same rows as the `targets` CSV kind, shown as dashed plan lines and "vs plan". */
export function TargetsEditor() {
  const client = useQueryClient();
  const list = useViewQuery<{ targets: TargetEntry[] }>("/api/targets", "");
  const [form, setForm] = useState({ month: "", metric: "arr", segment: "", value: "" });
  const refresh = () =>
    Promise.all([client.invalidateQueries({ queryKey: ["/api/targets"] }), client.invalidateQueries({ queryKey: ["/api/metrics"] })]);
  const save = useMutation({
    mutationFn: () =>
      apiFetch("/api/targets", {
        method: "PUT",
        body: JSON.stringify({
          month: form.month,
          metric: form.metric,
          segment: form.segment || null,
          value: form.value === "" ? null : Number(form.value),
        }),
      }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (t: TargetEntry) => {
      const q = new URLSearchParams({ month: t.month, metric: t.metric });
      if (t.segment) q.set("segment", t.segment);
      return apiFetch(`/api/targets?${q}`, { method: "DELETE" });
    },
    onSuccess: refresh,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const error = save.error ?? remove.error;

  return (
    <section aria-labelledby="targets-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="targets-title" className="text-lg font-semibold tracking-tight">
        Plan (targets)
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        A plan figure for a month and metric (a field of the API&apos;s summary, in its unit: money in currency, rates in %) draws a dashed
        plan line on the charts and &quot;vs plan&quot; on the tiles. Import many at once with the <code>targets</code> kind.
      </p>
      <form onSubmit={submit} className="mt-3 flex flex-wrap items-end gap-2" aria-label="Set a plan figure">
        <label className="flex flex-col text-xs text-slate-600">
          Month
          <input type="month" required value={form.month} onChange={(e) => setForm({ ...form, month: e.target.value })} className={input} />
        </label>
        <label className="flex flex-col text-xs text-slate-600">
          Metric
          <select value={form.metric} onChange={(e) => setForm({ ...form, metric: e.target.value })} className={input}>
            {SUMMARY_FIELDS.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-xs text-slate-600">
          Segment (blank = company)
          <input value={form.segment} onChange={(e) => setForm({ ...form, segment: e.target.value })} className={input} />
        </label>
        <label className="flex flex-col text-xs text-slate-600">
          Value
          <input
            type="number"
            step="any"
            required
            value={form.value}
            onChange={(e) => setForm({ ...form, value: e.target.value })}
            className={`${input} w-32`}
          />
        </label>
        <button
          type="submit"
          disabled={save.isPending}
          className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-60"
        >
          Set plan figure
        </button>
      </form>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error.message}
        </p>
      )}
      {save.isSuccess && !save.isPending && (
        <p role="status" className="mt-2 text-sm text-emerald-700">
          Saved.
        </p>
      )}
      <div className="mt-3 max-h-72 overflow-auto">
        {list.data?.targets.length ? (
          <table className="w-full text-sm tabular-nums" data-testid="targets-table">
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                <th className="py-1 pr-3 font-medium">Month</th>
                <th className="py-1 pr-3 font-medium">Metric</th>
                <th className="py-1 pr-3 font-medium">Segment</th>
                <th className="py-1 pr-3 text-right font-medium">Value</th>
                <th className="py-1" />
              </tr>
            </thead>
            <tbody>
              {list.data.targets.map((t) => (
                <tr key={`${t.month}-${t.metric}-${t.segment ?? ""}`} className="border-b border-slate-100">
                  <td className="py-1 pr-3">{formatMonth(t.month)}</td>
                  <td className="py-1 pr-3">{t.metric}</td>
                  <td className="py-1 pr-3">{t.segment ?? "Company"}</td>
                  <td className="py-1 pr-3 text-right">{t.value}</td>
                  <td className="py-1 text-right">
                    <button
                      type="button"
                      onClick={() => setForm({ month: t.month, metric: t.metric, segment: t.segment ?? "", value: String(t.value) })}
                      className="mr-2 text-xs text-indigo-700 hover:underline"
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      onClick={() => remove.mutate(t)}
                      className="text-xs text-red-700 hover:underline"
                      aria-label={`Delete plan ${t.metric} ${t.month}`}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="text-sm text-slate-500">{list.isPending ? "Loading…" : "No plan figures yet."}</p>
        )}
      </div>
    </section>
  );
}
