import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AdminOnlyNotice } from "@/components/auth/admin-only";
import { UsersAdmin } from "@/components/auth/users-admin";
import { resolveUser } from "@/db/auth/current-user";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const user = await resolveUser(await headers());
  if (!user) redirect("/sign-in?next=/settings/users");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Users</h1>
        <p className="mt-1 text-sm text-slate-600">
          Admins import, undo, change settings, users and API tokens; viewers read dashboards and export.
        </p>
      </div>
      {user.role === "admin" ? <UsersAdmin /> : <AdminOnlyNotice what="manage users" />}
    </div>
  );
}
