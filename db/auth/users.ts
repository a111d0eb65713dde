import { randomBytes } from "node:crypto";
import { and, asc, count, eq, ne } from "drizzle-orm";
import { getDb } from "@/db";
import { authUsers } from "@/db/schema";
import { leavesAnAdmin, type Role } from "@/lib/auth/roles";
import { getAuth } from "./auth";

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: string;
  created_at: number;
}

export type UserChange = { ok: true } | { ok: false; status: 404 | 409; error: string };

export function listUsers({ page = 1, pageSize = 500 }: { page?: number; pageSize?: number } = {}): UserSummary[] {
  return getDb()
    .select({ id: authUsers.id, email: authUsers.email, name: authUsers.name, role: authUsers.role, createdAt: authUsers.createdAt })
    .from(authUsers)
    .orderBy(asc(authUsers.email))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all()
    .map(({ createdAt, ...u }) => ({ ...u, created_at: createdAt.getTime() }));
}

export function countUsers(): number {
  return getDb().select({ n: count() }).from(authUsers).get()?.n ?? 0;
}

export function generatePassword(): string {
  return randomBytes(12).toString("base64url");
}

/** Creates a user with a credential account through better-auth's own adapter and password hasher. */
export async function createUser(input: {
  email: string;
  name: string;
  role: Role;
  password: string;
}): Promise<UserChange & { id?: string }> {
  const ctx = await getAuth(false).$context;
  const email = input.email.toLowerCase();
  if (await ctx.internalAdapter.findUserByEmail(email)) return { ok: false, status: 409, error: "A user with this email already exists." };
  const user = await ctx.internalAdapter.createUser(
    { email, name: input.name, role: input.role, emailVerified: true },
    { method: "admin" },
  );
  await ctx.internalAdapter.linkAccount({
    userId: user.id,
    providerId: "credential",
    accountId: user.id,
    password: await ctx.password.hash(input.password),
  });
  return { ok: true, id: user.id };
}

const adminCount = (tx: Pick<ReturnType<typeof getDb>, "select">, exceptId: string) =>
  tx
    .select({ n: count() })
    .from(authUsers)
    .where(and(eq(authUsers.role, "admin"), ne(authUsers.id, exceptId)))
    .get()?.n ?? 0;

/** Role changes and removals run in one SQLite transaction with the last-admin check. */
export function setUserRole(id: string, role: Role): UserChange {
  return getDb().transaction((tx): UserChange => {
    const target = tx.select({ role: authUsers.role }).from(authUsers).where(eq(authUsers.id, id)).get();
    if (!target) return { ok: false, status: 404, error: "There is no such user." };
    const demoting = target.role === "admin" && role !== "admin";
    if (demoting && !leavesAnAdmin(adminCount(tx, id) + 1, true))
      return { ok: false, status: 409, error: "Keel needs at least one admin." };
    tx.update(authUsers).set({ role, updatedAt: new Date() }).where(eq(authUsers.id, id)).run();
    return { ok: true };
  });
}

/** Deleting the user deletes their sessions, credential account and API tokens (foreign keys cascade). */
export function removeUser(id: string): UserChange {
  return getDb().transaction((tx): UserChange => {
    const target = tx.select({ role: authUsers.role }).from(authUsers).where(eq(authUsers.id, id)).get();
    if (!target) return { ok: false, status: 404, error: "There is no such user." };
    if (!leavesAnAdmin(adminCount(tx, id) + 1, target.role === "admin"))
      return { ok: false, status: 409, error: "Keel needs at least one admin." };
    tx.delete(authUsers).where(eq(authUsers.id, id)).run();
    return { ok: true };
  });
}
