import { createHash, randomBytes } from "node:crypto";
import { count, desc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { apiTokens, authUsers } from "@/db/schema";
import { storageProblem } from "@/db/storage-errors";

export interface ApiTokenSummary {
  id: number;
  name: string;
  created_at: number;
  last_used_at: number | null;
  created_by: string;
}

const TOKEN_PREFIX = "keel_";
const LAST_USED_RESOLUTION_MS = 60_000;

/** SHA-256 is enough here: the token is 32 random bytes, not a password. */
function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function createApiToken(userId: string, name: string): { id: number; token: string } {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const row = getDb()
    .insert(apiTokens)
    .values({ name, tokenHash: hashToken(token), userId, createdAt: Date.now() })
    .returning({ id: apiTokens.id })
    .get();
  return { id: row.id, token };
}

export function countApiTokens(): number {
  return getDb().select({ n: count() }).from(apiTokens).get()?.n ?? 0;
}

export function listApiTokens({ page = 1, pageSize = 500 }: { page?: number; pageSize?: number } = {}): ApiTokenSummary[] {
  return getDb()
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      created_at: apiTokens.createdAt,
      last_used_at: apiTokens.lastUsedAt,
      created_by: authUsers.email,
    })
    .from(apiTokens)
    .innerJoin(authUsers, eq(apiTokens.userId, authUsers.id))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
}

export function revokeApiToken(id: number): boolean {
  return getDb().delete(apiTokens).where(eq(apiTokens.id, id)).run().changes > 0;
}

/** The token's creator (as they are now: role changes apply at once), or null. */
export function userForApiToken(token: string): { id: string; email: string; name: string; role: string } | null {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const db = getDb();
  const row = db
    .select({
      tokenId: apiTokens.id,
      lastUsedAt: apiTokens.lastUsedAt,
      id: authUsers.id,
      email: authUsers.email,
      name: authUsers.name,
      role: authUsers.role,
    })
    .from(apiTokens)
    .innerJoin(authUsers, eq(apiTokens.userId, authUsers.id))
    .where(eq(apiTokens.tokenHash, hashToken(token)))
    .get();
  if (!row) return null;
  const now = Date.now();
  if (!row.lastUsedAt || now - row.lastUsedAt > LAST_USED_RESOLUTION_MS) {
    try {
      db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.tokenId)).run();
    } catch (error) {
      // A full or read-only disk must not stop a token from reading.
      if (!storageProblem(error)) throw error;
    }
  }
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}
