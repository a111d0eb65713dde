import "server-only";
import { desc, eq } from "drizzle-orm";
import type { KeelDb } from "../connection";
import { customerReviews, type CustomerReviewRow } from "../schema";
import type { CurrentUser } from "../auth/current-user";
import type { CustomerReview } from "@/lib/domain/reviews";

const toReview = (r: CustomerReviewRow): CustomerReview => ({
  customer_id: r.customerId,
  reviewed_by: r.reviewerName || r.reviewerEmail,
  reviewed_by_email: r.reviewerEmail,
  reviewed_at: new Date(r.reviewedAt).toISOString(),
});

export function markReviewed(
  db: KeelDb,
  customerId: string,
  user: Pick<CurrentUser, "id" | "name" | "email">,
  now = Date.now(),
): CustomerReview {
  const row = db
    .insert(customerReviews)
    .values({ customerId, reviewerId: user.id, reviewerName: user.name, reviewerEmail: user.email, reviewedAt: now })
    .returning()
    .get();
  return toReview(row);
}

/** Newest first. */
export function reviewsOf(db: KeelDb, customerId: string): CustomerReview[] {
  return db
    .select()
    .from(customerReviews)
    .where(eq(customerReviews.customerId, customerId))
    .orderBy(desc(customerReviews.reviewedAt), desc(customerReviews.id))
    .all()
    .map(toReview);
}

/** The latest mark of every customer that has one. */
export function latestReviews(db: KeelDb): Map<string, CustomerReview> {
  const out = new Map<string, CustomerReview>();
  const rows = db.select().from(customerReviews).orderBy(customerReviews.reviewedAt, customerReviews.id).all();
  for (const r of rows) out.set(r.customerId, toReview(r));
  return out;
}
