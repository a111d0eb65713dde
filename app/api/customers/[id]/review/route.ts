import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { requireUser } from "@/db/auth/guard";
import { getPreparedDataset } from "@/db/queries/prepared-dataset";
import { markReviewed, reviewsOf } from "@/db/queries/reviews";
import { jsonError, jsonOk } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The customer's "reviewed" marks, newest first. */
export async function GET(request: NextRequest, { params }: Context) {
  const user = await requireUser(request);
  if (user instanceof Response) return user;
  const { id } = await params;
  return jsonOk({ customer_id: id, reviews: reviewsOf(getDb(), id) });
}

/** Marks the customer reviewed by the signed-in user, now. Any signed-in user may: it records who looked, and changes no data. */
export async function POST(request: NextRequest, { params }: Context) {
  const user = await requireUser(request);
  if (user instanceof Response) return user;
  const { id } = await params;
  const db = getDb();
  if (!getPreparedDataset(db).customerIndex.has(id)) return jsonError(404, `No customer with id ${id}.`, { customer_id: id });
  return jsonOk(markReviewed(db, id, user), 201);
}
