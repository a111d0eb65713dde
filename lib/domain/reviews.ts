/** A "reviewed" mark someone put on a customer (API shape). */
export interface CustomerReview {
  customer_id: string;
  reviewed_by: string;
  reviewed_by_email: string;
  /** ISO 8601 UTC instant. */
  reviewed_at: string;
}
