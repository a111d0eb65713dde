"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { apiFetch } from "@/components/api/api-fetch";
import { useViewQuery } from "@/components/api/use-view-query";
import { useIsAdmin } from "@/components/auth/user-context";
import { formatLocalDateTime } from "@/lib/format";
import { KIND_LABELS, type ImportSummary } from "./types";

export function ImportHistory({ initial }: { initial: ImportSummary[] }) {
  const queryClient = useQueryClient();
  const isAdmin = useIsAdmin();
  const [undoError, setUndoError] = useState<string | null>(null);
  const history = useViewQuery<{ imports: ImportSummary[] }>("/api/imports", "", {
    initial: { queryString: "", data: { imports: initial } },
    staleTime: 0,
  });
  const data = history.data?.imports ?? initial;
  const error = history.error;
  const mutation = useMutation({
    mutationFn: (id: number) => apiFetch(`/api/imports/${id}`, { method: "DELETE" }),
    onMutate: () => setUndoError(null),
    onError: (e) => setUndoError(e.message),
    onSettled: () => queryClient.invalidateQueries(),
  });

  const confirmUndo = (item: ImportSummary) => {
    const ok = window.confirm(
      `Undo import #${item.id} (${item.file_name})?\n\nRows it added are removed and rows it changed get their previous values back.`,
    );
    if (ok) mutation.mutate(item.id);
  };

  return (
    <section aria-labelledby="history-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="history-heading" className="text-base font-semibold text-slate-900">
        Import history
      </h2>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {error.message}
        </p>
      )}
      {undoError && (
        <p role="alert" className="mt-2 rounded-md bg-red-50 p-3 text-sm text-red-800">
          {undoError}
        </p>
      )}
      {data.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">No imports yet. Start with customers, then subscriptions.</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">Every import, newest first</caption>
            <thead className="text-xs text-slate-500">
              <tr className="border-b border-slate-200">
                {["#", "When", "Who", "File", "Kind", "Rows", "Inserted", "Updated", "Unchanged", ""].map((h, i) => (
                  <th key={i} scope="col" className={`px-2 py-1.5 font-medium ${i >= 5 && i <= 8 ? "text-right" : ""}`}>
                    {h || <span className="sr-only">Actions</span>}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.map((item) => (
                <tr key={item.id} className={`border-b border-slate-100 ${item.undone_at ? "text-slate-500" : "text-slate-700"}`}>
                  <td className="px-2 py-1.5 tabular-nums">{item.id}</td>
                  <td className="whitespace-nowrap px-2 py-1.5">{formatLocalDateTime(item.created_at)}</td>
                  <td className="px-2 py-1.5">{item.user_email ?? "—"}</td>
                  <td className="max-w-56 truncate px-2 py-1.5" title={item.file_name}>
                    {item.file_name}
                  </td>
                  <td className="px-2 py-1.5">{KIND_LABELS[item.kind] ?? item.kind}</td>
                  {[item.rows_read, item.inserted, item.updated, item.unchanged].map((n, i) => (
                    <td key={i} className="px-2 py-1.5 text-right tabular-nums">
                      {n.toLocaleString("en-US")}
                    </td>
                  ))}
                  <td className="px-2 py-1.5 text-right">
                    {item.undone_at ? (
                      <span className="text-xs">Undone {formatLocalDateTime(item.undone_at)}</span>
                    ) : !isAdmin ? null : (
                      <button
                        type="button"
                        onClick={() => confirmUndo(item)}
                        disabled={mutation.isPending}
                        aria-label={`Undo import ${item.id} (${item.file_name})`}
                        className="rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600 disabled:opacity-50"
                      >
                        Undo
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
