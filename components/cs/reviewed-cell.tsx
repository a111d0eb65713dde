import type { CustomerReview } from "@/lib/domain/reviews";

const day = (iso: string) =>
  new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "Ana · 2 Dec 2026" for a reviewed customer, a dash otherwise. */
export function ReviewedCell({ review }: { review?: CustomerReview | null }) {
  if (!review) return <span className="text-slate-500">—</span>;
  return (
    <span
      className="text-xs text-slate-700"
      title={`Reviewed by ${review.reviewed_by} (${review.reviewed_by_email}) at ${review.reviewed_at}`}
      data-testid="reviewed-cell"
    >
      ✓ {review.reviewed_by} · {day(review.reviewed_at)}
    </span>
  );
}
