"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { apiFetch } from "@/components/api/api-fetch";
import { useViewQuery } from "@/components/api/use-view-query";
import type { Role } from "@/lib/auth/roles";
import { formatLocalDateTime } from "@/lib/format";

interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  created_at: number;
}

const input = "mt-1 block rounded-md border border-slate-300 px-3 py-2 text-sm";

export function UsersAdmin() {
  const queryClient = useQueryClient();
  const [generated, setGenerated] = useState<{ email: string; password: string } | null>(null);
  const users = useViewQuery<{ users: User[] }>("/api/users", "");
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["/api/users"] });
  const add = useMutation({
    mutationFn: (body: Record<string, string>) =>
      apiFetch<{ user: User; generated_password: string | null }>("/api/users", { method: "POST", body: JSON.stringify(body) }),
    onSuccess: (answer) => {
      setGenerated(answer.generated_password ? { email: answer.user.email, password: answer.generated_password } : null);
      void refresh();
    },
  });
  const setRole = useMutation({
    mutationFn: ({ id, role }: { id: string; role: Role }) =>
      apiFetch(`/api/users/${id}`, { method: "PATCH", body: JSON.stringify({ role }) }),
    onSettled: refresh,
  });
  const remove = useMutation({ mutationFn: (id: string) => apiFetch(`/api/users/${id}`, { method: "DELETE" }), onSettled: refresh });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = Object.fromEntries(new FormData(form)) as Record<string, string>;
    if (!data.password) delete data.password;
    add.mutate(data, { onSuccess: () => form.reset() });
  };
  const error = add.error ?? setRole.error ?? remove.error ?? users.error;

  return (
    <div className="space-y-6">
      <section aria-labelledby="add-user" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="add-user" className="text-base font-semibold text-slate-900">
          Add a user
        </h2>
        <form onSubmit={submit} className="mt-4 flex flex-wrap items-end gap-3">
          <label className="text-sm font-medium text-slate-900">
            Email
            <input name="email" type="email" required className={input} />
          </label>
          <label className="text-sm font-medium text-slate-900">
            Name
            <input name="name" required className={input} />
          </label>
          <label className="text-sm font-medium text-slate-900">
            Role
            <select name="role" defaultValue="viewer" className={input}>
              <option value="viewer">viewer</option>
              <option value="admin">admin</option>
            </select>
          </label>
          <label className="text-sm font-medium text-slate-900">
            Initial password (blank: generate)
            <input name="password" type="password" minLength={8} autoComplete="new-password" className={input} />
          </label>
          <button
            type="submit"
            disabled={add.isPending}
            className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-500 disabled:opacity-60"
          >
            Add user
          </button>
        </form>
        {generated && (
          <p role="status" className="mt-4 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
            Password for {generated.email}, shown once:{" "}
            <code data-testid="generated-password" className="font-mono">
              {generated.password}
            </code>
          </p>
        )}
      </section>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error.message}
        </p>
      )}
      <table className="w-full text-left text-sm">
        <thead className="text-xs uppercase text-slate-500">
          <tr>
            <th className="py-1.5">Email</th>
            <th>Name</th>
            <th>Role</th>
            <th>Added</th>
            <th>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {(users.data?.users ?? []).map((u) => (
            <tr key={u.id} className="border-t border-slate-100">
              <td className="py-1.5">{u.email}</td>
              <td>{u.name}</td>
              <td>
                <select
                  aria-label={`Role of ${u.email}`}
                  value={u.role}
                  onChange={(e) => setRole.mutate({ id: u.id, role: e.target.value as Role })}
                  className="rounded-md border border-slate-300 px-2 py-1 text-sm"
                >
                  <option value="admin">admin</option>
                  <option value="viewer">viewer</option>
                </select>
              </td>
              <td>{formatLocalDateTime(u.created_at)}</td>
              <td className="text-right">
                <button
                  type="button"
                  aria-label={`Remove ${u.email}`}
                  onClick={() => window.confirm(`Remove ${u.email}? They are signed out at once.`) && remove.mutate(u.id)}
                  className="rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50"
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
