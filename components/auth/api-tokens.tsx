"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { apiFetch } from "@/components/api/api-fetch";
import { useViewQuery } from "@/components/api/use-view-query";
import { formatLocalDateTime } from "@/lib/format";

interface Token {
  id: number;
  name: string;
  created_at: number;
  last_used_at: number | null;
  created_by: string;
}

export function ApiTokens() {
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const tokens = useViewQuery<{ tokens: Token[] }>("/api/tokens", "");
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["/api/tokens"] });
  const create = useMutation({
    mutationFn: (name: string) =>
      apiFetch<{ name: string; token: string }>("/api/tokens", { method: "POST", body: JSON.stringify({ name }) }),
    onSuccess: (answer) => {
      setCreated(answer);
      void refresh();
    },
  });
  const revoke = useMutation({ mutationFn: (id: number) => apiFetch(`/api/tokens/${id}`, { method: "DELETE" }), onSettled: refresh });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "").trim();
    if (name) create.mutate(name);
    event.currentTarget.reset();
  };

  return (
    <section aria-labelledby="tokens-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="tokens-heading" className="text-base font-semibold text-slate-900">
        API tokens
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        For scripts: send <code>Authorization: Bearer &lt;token&gt;</code>. A token acts with its creator&apos;s role. Keel shows it once.
      </p>
      <form onSubmit={submit} className="mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="token-name" className="block text-sm font-medium text-slate-900">
            Token name
          </label>
          <input
            id="token-name"
            name="name"
            required
            maxLength={100}
            className="mt-1 rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
        </div>
        <button
          type="submit"
          disabled={create.isPending}
          className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-500 disabled:opacity-60"
        >
          Create token
        </button>
      </form>
      {created && (
        <div role="status" className="mt-4 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
          Copy the token “{created.name}” now; Keel will not show it again:
          <code data-testid="new-token" className="mt-1 block break-all font-mono text-xs">
            {created.token}
          </code>
        </div>
      )}
      {(create.error || revoke.error || tokens.error) && (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {(create.error ?? revoke.error ?? tokens.error)?.message}
        </p>
      )}
      <table className="mt-4 w-full text-left text-sm">
        <thead className="text-xs uppercase text-slate-500">
          <tr>
            <th className="py-1.5">Name</th>
            <th>Created</th>
            <th>By</th>
            <th>Last used</th>
            <th>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {(tokens.data?.tokens ?? []).map((t) => (
            <tr key={t.id} className="border-t border-slate-100">
              <td className="py-1.5">{t.name}</td>
              <td>{formatLocalDateTime(t.created_at)}</td>
              <td>{t.created_by}</td>
              <td>{t.last_used_at ? formatLocalDateTime(t.last_used_at) : "never"}</td>
              <td className="text-right">
                <button
                  type="button"
                  onClick={() => revoke.mutate(t.id)}
                  aria-label={`Revoke token ${t.name}`}
                  className="rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50"
                >
                  Revoke
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
