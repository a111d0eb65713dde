import { findPreset } from "@/lib/import/sources/presets";
import type { DataKind } from "@/lib/domain/types";
import type { ImportErrorBody, ImportResultBody } from "./types";
import { KIND_LABELS } from "./types";

export function ImportSuccess({ result }: { result: ImportResultBody }) {
  const figures: [string, number][] = [
    ["Rows read", result.rows_read],
    ["Inserted", result.inserted],
    ["Updated", result.updated],
    ["Unchanged", result.unchanged],
  ];
  if (result.skipped > 0) figures.push(["Skipped", result.skipped]);
  const source = result.preset ? findPreset(result.preset) : null;
  const kinds = Object.entries(result.kinds ?? {}) as [DataKind, { inserted: number; updated: number; unchanged: number }][];
  return (
    <section role="status" aria-live="polite" className="rounded-lg border border-indigo-200 bg-indigo-50/50 p-4">
      <h3 className="text-sm font-semibold text-slate-900">
        {source ? source.label : KIND_LABELS[result.kind]} imported{" "}
        <span className="font-normal text-slate-500">(import #{result.import_id})</span>
      </h3>
      <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-5">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="text-lg font-semibold tabular-nums text-slate-900">{value.toLocaleString("en-US")}</dd>
          </div>
        ))}
      </dl>
      {kinds.length > 1 && (
        <ul aria-label="Rows written per kind" className="mt-3 space-y-0.5 text-sm text-slate-700">
          {kinds.map(([k, c]) => (
            <li key={k}>
              <span className="font-medium text-slate-900">{KIND_LABELS[k]}</span>: {c.inserted.toLocaleString("en-US")} inserted,{" "}
              {c.updated.toLocaleString("en-US")} updated, {c.unchanged.toLocaleString("en-US")} unchanged
            </li>
          ))}
        </ul>
      )}
      {result.warnings.length > 0 && (
        <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-amber-800">
          {result.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ImportFailure({ body }: { body: ImportErrorBody }) {
  const errors = body.errors ?? [];
  const total = body.error_count ?? errors.length;
  return (
    <section role="alert" className="rounded-lg border border-red-200 bg-red-50/60 p-4">
      <h3 className="text-sm font-semibold text-red-800">Nothing was imported</h3>
      <p className="mt-1 text-sm text-red-800">{body.error}</p>
      {errors.length > 0 && (
        <>
          <p className="mt-3 text-xs text-slate-600">
            {errors.length < total
              ? `Showing the first ${errors.length} of ${total.toLocaleString("en-US")} problems.`
              : `${total} problem${total > 1 ? "s" : ""}.`}
          </p>
          <div className="mt-2 max-h-96 overflow-auto rounded-md border border-red-100 bg-white">
            <table className="min-w-full text-left text-xs">
              <caption className="sr-only">Problems found in the file</caption>
              <thead className="sticky top-0 bg-white text-slate-500">
                <tr className="border-b border-slate-200">
                  <th scope="col" className="px-2 py-1.5 font-medium">
                    Row
                  </th>
                  <th scope="col" className="px-2 py-1.5 font-medium">
                    Column
                  </th>
                  <th scope="col" className="px-2 py-1.5 font-medium">
                    Value
                  </th>
                  <th scope="col" className="px-2 py-1.5 font-medium">
                    Problem
                  </th>
                </tr>
              </thead>
              <tbody>
                {errors.map((e, i) => (
                  <tr key={i} className="border-b border-slate-100 align-top">
                    <td className="px-2 py-1 tabular-nums">{e.row || "—"}</td>
                    <td className="px-2 py-1 font-mono">{e.column || "—"}</td>
                    <td className="max-w-40 truncate px-2 py-1 font-mono" title={e.value}>
                      {e.value}
                    </td>
                    <td className="px-2 py-1 text-slate-700">{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
