import Link from "next/link";
import { formatMonth, formatNumber } from "@/lib/format";
import type { CustomerDetail } from "@/lib/metrics/customer-detail";
import type { HealthFactor } from "@/lib/metrics/health";
import { DetailSection } from "./detail-section";
import { HealthBadge } from "./health-badge";

const FACTORS: { key: HealthFactor; label: string; how: string }[] = [
  { key: "usage", label: "Usage", how: "active users / licensed seats, latest of the last 3 months" },
  { key: "support", label: "Support", how: "100 − 15 × tickets per $1k MRR − 40 × unresolved share, last 90 days" },
  { key: "sentiment", label: "Sentiment", how: "latest NPS × 10 (else CSAT) in the last 180 days" },
];

const barColor = (value: number) => (value >= 70 ? "bg-emerald-500" : value >= 40 ? "bg-amber-500" : "bg-red-500");

export function HealthCard({ detail }: { detail: CustomerDetail }) {
  const h = detail.health;
  return (
    <DetailSection title={`Health at ${formatMonth(detail.as_of)}`} id="health">
      {!h ? (
        <p className="py-4 text-sm text-slate-600" data-testid="health-reason">
          Not scored: {detail.name} has no MRR at {formatMonth(detail.as_of)}, and health is computed only for active customers.
        </p>
      ) : (
        <div className="space-y-4" data-testid="health-card">
          <div className="flex items-center gap-3">
            <span className="text-4xl font-semibold tabular-nums text-slate-900" data-testid="health-score">
              {formatNumber(h.score, 1)}
            </span>
            <div className="space-y-1">
              <HealthBadge band={h.band} />
              <p className="text-xs text-slate-500">out of 100</p>
            </div>
          </div>
          <ul className="space-y-3">
            {FACTORS.map((f) => {
              const value = h.factors[f.key];
              const weakest = h.weakest_factor === f.key;
              return (
                <li key={f.key}>
                  <div className="flex items-baseline justify-between text-sm">
                    <span className={weakest ? "font-semibold text-slate-900" : "text-slate-700"}>
                      {f.label}
                      <span className="ml-1 text-xs font-normal text-slate-500">weight {formatNumber(h.weights[f.key])}</span>
                      {weakest && (
                        <span className="ml-2 rounded bg-red-50 px-1.5 py-0.5 text-xs font-medium text-red-700 ring-1 ring-inset ring-red-600/20">
                          Weakest
                        </span>
                      )}
                    </span>
                    <span className="tabular-nums text-slate-900">{formatNumber(value, 1)}</span>
                  </div>
                  <div className="mt-1 h-2 rounded-full bg-slate-100" role="meter" aria-label={`${f.label} factor`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={value}>
                    <div className={`h-2 rounded-full ${barColor(value)}`} style={{ width: `${Math.max(0, Math.min(100, value))}%` }} />
                  </div>
                  <p className="mt-0.5 text-xs text-slate-500">{f.how}</p>
                </li>
              );
            })}
          </ul>
          <p className="text-xs text-slate-500">
            Weights and bands are set in{" "}
            <Link href="/settings" className="text-indigo-700 hover:underline">
              Settings
            </Link>
            .
          </p>
        </div>
      )}
    </DetailSection>
  );
}
