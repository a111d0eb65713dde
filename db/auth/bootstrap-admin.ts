import { randomUUID } from "node:crypto";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import { and, count, eq } from "drizzle-orm";
import type { KeelDb } from "@/db/connection";
import { authAccounts, authSessions, authUsers } from "@/db/schema";

const DEMO_ADMIN = { email: "demo@keel.local", password: "keel-demo", name: "Demo admin" } as const;

type Log = (line: string) => void;

async function setPassword(db: KeelDb, userId: string, password: string): Promise<void> {
  const hash = await hashPassword(password);
  const now = new Date();
  const credential = and(eq(authAccounts.userId, userId), eq(authAccounts.providerId, "credential"));
  const existing = db.select({ id: authAccounts.id }).from(authAccounts).where(credential).get();
  if (existing) db.update(authAccounts).set({ password: hash, updatedAt: now }).where(eq(authAccounts.id, existing.id)).run();
  else
    db.insert(authAccounts)
      .values({ id: randomUUID(), accountId: userId, providerId: "credential", userId, password: hash, createdAt: now, updatedAt: now })
      .run();
}

async function hasPassword(db: KeelDb, userId: string, password: string): Promise<boolean> {
  const row = db
    .select({ hash: authAccounts.password })
    .from(authAccounts)
    .where(and(eq(authAccounts.userId, userId), eq(authAccounts.providerId, "credential")))
    .get();
  return !!row?.hash && (await verifyPassword({ hash: row.hash, password }));
}

/**
 * Creates the admin, or makes the existing user an admin with this password (signing out their old sessions).
 * An admin who already has this password is left alone: a start must not write when nothing changes.
 */
async function upsertAdmin(db: KeelDb, email: string, password: string, name: string): Promise<"created" | "reset" | "unchanged"> {
  const now = new Date();
  const existing = db.select({ id: authUsers.id, role: authUsers.role }).from(authUsers).where(eq(authUsers.email, email)).get();
  if (existing?.role === "admin" && (await hasPassword(db, existing.id, password))) return "unchanged";
  if (existing) {
    db.update(authUsers).set({ role: "admin", updatedAt: now }).where(eq(authUsers.id, existing.id)).run();
    await setPassword(db, existing.id, password);
    db.delete(authSessions).where(eq(authSessions.userId, existing.id)).run();
    return "reset";
  }
  const id = randomUUID();
  db.insert(authUsers).values({ id, email, name, emailVerified: true, role: "admin", createdAt: now, updatedAt: now }).run();
  await setPassword(db, id, password);
  return "created";
}

async function demoPasswordStillSet(db: KeelDb): Promise<boolean> {
  const demo = db.select({ id: authUsers.id }).from(authUsers).where(eq(authUsers.email, DEMO_ADMIN.email)).get();
  return !!demo && (await hasPassword(db, demo.id, DEMO_ADMIN.password));
}

/**
 * At start: ADMIN_EMAIL/ADMIN_PASSWORD create or reset that admin. Otherwise, with the demo data
 * and nobody to sign in, a demo admin with fixed, documented credentials; with neither, a hint.
 */
export async function bootstrapAdmin(db: KeelDb, options: { demoLoaded: boolean }, log: Log = console.log): Promise<void> {
  const email = process.env.ADMIN_EMAIL?.trim().toLowerCase();
  const password = process.env.ADMIN_PASSWORD ?? "";
  if (email || password) {
    if (!email || password.length < 8) {
      log("[keel] ADMIN_EMAIL and ADMIN_PASSWORD (8 characters or more) must both be set; no admin was created or changed.");
    } else {
      const outcome = await upsertAdmin(db, email, password, process.env.ADMIN_NAME?.trim() || "Admin");
      const state = { created: "created", reset: "is ready (password reset)", unchanged: "is ready" }[outcome];
      log(`[keel] Admin ${email} ${state} from ADMIN_EMAIL/ADMIN_PASSWORD.`);
      return;
    }
  }
  const users = db.select({ n: count() }).from(authUsers).get()?.n ?? 0;
  if (users === 0 && options.demoLoaded) {
    await upsertAdmin(db, DEMO_ADMIN.email, DEMO_ADMIN.password, DEMO_ADMIN.name);
  } else if (users === 0) {
    log("[keel] Nobody can sign in yet: set ADMIN_EMAIL and ADMIN_PASSWORD and restart Keel.");
    return;
  }
  if (await demoPasswordStillSet(db)) {
    log(
      `[keel] WARNING: demo admin ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password} can sign in. Change it: set ADMIN_EMAIL and ADMIN_PASSWORD, restart, then remove the demo admin under Settings > Users.`,
    );
  }
}
