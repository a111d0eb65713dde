import Link from "next/link";
import { formatMonth, formatNumber } from "@/lib/format";
import type { CustomerDetail } from "@/lib/metrics/customer-detail";
import type { HealthFactor } from "@/lib/metrics/health";
import { FACTOR_LABELS } from "@/components/cs/cs-format";
import { rawText } from "./health-signal-raw";
import { DetailSection } from "./detail-section";
import { HealthBadge } from "./health-badge";

const HOW: Record<HealthFactor, string> = {
  usage: "active users ÷ licensed seats, latest of the last 3 months",
  support: "100 − 15 × tickets per $1k MRR − 40 × unresolved share, last 90 days",
  sentiment: "latest NPS × 10 (else CSAT) in the last 180 days",
  usage_trend: "latest active users ÷ the quarter before's mean, capped at 100",
  lifecycle: "funnel stage reached: awareness 0 … retention 100, churn 0",
  mrr_trend: "MRR ÷ MRR three months earlier, capped at 100",
};

function Trend({ value }: { value: number }) {
  if (Math.abs(value) < 0.05) return <span className="text-xs text-slate-500">→ no change vs 3 months ago</span>;
  const up = value > 0;
  return (
    <span className={`text-xs ${up ? "text-emerald-700" : "text-red-700"}`}>
      {up ? "▲" : "▼"} {up ? "+" : "−"}
      {formatNumber(Math.abs(value), 1)} vs 3 months ago
    </span>
  );
}

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
          <ul className="space-y-3" data-testid="health-signals">
            {h.signals.map((sig) => {
              const weakest = h.weakest_factor === sig.factor;
              const label = FACTOR_LABELS[sig.factor];
              const unweighted = sig.weight <= 0;
              return (
                <li
                  key={sig.factor}
                  data-factor={sig.factor}
                  className={unweighted ? "border-l-2 border-dashed border-slate-300 pl-2" : undefined}
                >
                  <div className="flex items-baseline justify-between text-sm">
                    <span className={weakest ? "font-semibold text-slate-900" : "text-slate-700"}>
                      {label}
                      <span className="ml-1 text-xs font-normal text-slate-500" data-testid="factor-weight">
                        {unweighted ? "weight 0, not in the score" : `weight ${formatNumber(sig.weight)}`}
                      </span>
                      {weakest && (
                        <span className="ml-2 rounded bg-red-50 px-1.5 py-0.5 text-xs font-medium text-red-700 ring-1 ring-inset ring-red-600/20">
                          Weakest
                        </span>
                      )}
                    </span>
                    <span className="tabular-nums text-slate-900" data-testid="factor-score">
                      {formatNumber(sig.score, 1)}
                    </span>
                  </div>
                  <div
                    className="mt-1 h-2 rounded-full bg-slate-100"
                    role="meter"
                    aria-label={`${label} factor`}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={sig.score}
                  >
                    <div
                      className={`h-2 rounded-full ${barColor(sig.score)}`}
                      style={{ width: `${Math.max(0, Math.min(100, sig.score))}%` }}
                    />
                  </div>
                  <div className="mt-0.5 flex flex-wrap items-baseline justify-between gap-x-3 text-xs text-slate-600">
                    <span data-testid="factor-raw">{rawText(sig)}</span>
                    <Trend value={sig.trend} />
                  </div>
                  <p className="text-xs text-slate-500">{HOW[sig.factor]}</p>
                </li>
              );
            })}
          </ul>
          <p className="text-xs text-slate-500">
            Weights and bands are set in{" "}
            <Link href="/settings" className="text-indigo-700 underline underline-offset-2 hover:no-underline">
              Settings
            </Link>
            .
          </p>
        </div>
      )}
    </DetailSection>
  );
}
