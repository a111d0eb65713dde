"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiFetch } from "@/components/api/api-fetch";
import type { CustomerReview } from "@/lib/domain/reviews";

const reviewedWhen = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";

/** The customer's latest "reviewed" mark, and a button that marks it reviewed by the signed-in user now. */
export function ReviewMark({ customerId, reviews }: { customerId: string; reviews: CustomerReview[] }) {
  const [latest, setLatest] = useState<CustomerReview | null>(reviews[0] ?? null);
  const [state, setState] = useState<{ kind: "idle" | "saving" } | { kind: "error"; message: string }>({ kind: "idle" });
  const queryClient = useQueryClient();
  const router = useRouter();

  async function mark() {
    setState({ kind: "saving" });
    try {
      const review = await apiFetch<CustomerReview>(`/api/customers/${encodeURIComponent(customerId)}/review`, { method: "POST" });
      setLatest(review);
      setState({ kind: "idle" });
      await queryClient.invalidateQueries();
      router.refresh();
    } catch (e) {
      setState({ kind: "error", message: (e as Error).message });
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3 text-sm" data-testid="review-mark">
      <span className="text-slate-600" data-testid="review-latest">
        {latest ? (
          <>
            ✓ Reviewed by <span className="font-medium text-slate-900">{latest.reviewed_by}</span> on {reviewedWhen(latest.reviewed_at)}
          </>
        ) : (
          "Not reviewed yet"
        )}
      </span>
      <button
        type="button"
        onClick={mark}
        disabled={state.kind === "saving"}
        className="rounded-md border border-slate-300 px-3 py-1 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60"
      >
        {state.kind === "saving" ? "Saving…" : latest ? "Mark reviewed again" : "Mark reviewed"}
      </button>
      {state.kind === "error" && (
        <span role="alert" className="text-red-700">
          {state.message}
        </span>
      )}
    </div>
  );
}
