import { getDb } from "@/db";
import { getPreparedDataset } from "@/db/queries/prepared-dataset";
import { markReviewed, reviewsOf } from "@/db/queries/reviews";
import { jsonOk, notFound } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";

export const dynamic = "force-dynamic";

/** The customer's "reviewed" marks, newest first. */
export const GET = route({ auth: "user", summary: "A customer's reviewed marks, newest first" }, ({ params: { id } }) =>
  jsonOk({ customer_id: id, reviews: reviewsOf(getDb(), id) }),
);

/** Marks the customer reviewed by the signed-in user, now. Any signed-in user may: it records who looked, and changes no data. */
export const POST = route({ auth: "user", summary: "Mark a customer reviewed by the signed-in user" }, ({ params: { id }, user }) => {
  const db = getDb();
  if (!getPreparedDataset(db).customerIndex.has(id)) throw notFound(`No customer with id ${id}.`, { customer_id: id });
  return jsonOk(markReviewed(db, id, user), 201);
});
