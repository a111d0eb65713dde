"use client";

import Link from "next/link";
import { formatNumber } from "@/lib/format";
import type { GlossaryHref } from "@/lib/metrics/catalog";
import type { HealthBand } from "@/lib/metrics/health";
import { useBacktest, type BacktestDraft } from "./use-backtest";

const BAND_LABELS: Record<HealthBand, string> = { at_risk: "At risk", watch: "Watch", healthy: "Healthy" };
const pctText = (v: number | null) => (v === null ? "—" : `${formatNumber(v, 1)}%`);

/** How the weights being edited would have foretold churn in this workspace's own history. */
export function BacktestPanel({ draft }: { draft: BacktestDraft | null }) {
  const { data, error, isFetching } = useBacktest(draft);
  const first = data?.months[0]?.month;
  const last = data?.months.at(-1)?.month;
  return (
    <section className="mt-6 rounded-md border border-slate-200 bg-slate-50 p-4" aria-labelledby="backtest-title" data-testid="backtest">
      <div className="flex items-baseline justify-between gap-3">
        <h3 id="backtest-title" className="text-sm font-semibold text-slate-900">
          Back-test: would these weights have seen churn coming?
        </h3>
        <span className="text-xs text-slate-500" aria-live="polite">
          {isFetching ? "Updating…" : draft === null ? "Fix the fields above to update" : ""}
        </span>
      </div>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error.message}
        </p>
      )}
      {!data && !error && <p className="mt-2 text-sm text-slate-600">Scoring your history…</p>}
      {data && (
        <>
          <p className="mt-1 text-xs text-slate-600">
            {data.months.length === 0
              ? "Not enough history yet: a month counts once three later months of data exist."
              : `Every customer active at the end of each month from ${first} to ${last}, scored as of that month with these weights, and followed for the next three months (${formatNumber(data.customers)} customer-months, ${formatNumber(data.churned)} churned).`}
          </p>
          <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3">
            <div>
              <dt className="text-xs text-slate-500">ROC AUC</dt>
              <dd className="text-2xl font-semibold tabular-nums text-slate-900" data-testid="backtest-auc">
                {data.auc === null ? "—" : formatNumber(data.auc, 3)}
              </dd>
            </div>
            <div>
              <dt className="text-xs text-slate-500">Lift (at-risk churn ÷ overall churn)</dt>
              <dd className="text-2xl font-semibold tabular-nums text-slate-900" data-testid="backtest-lift">
                {data.lift === null ? "—" : `${formatNumber(data.lift, 2)}×`}
              </dd>
            </div>
            <div>
              <dt className="text-xs text-slate-500">Overall 90-day churn</dt>
              <dd className="text-2xl font-semibold tabular-nums text-slate-900">{pctText(data.churn_rate)}</dd>
            </div>
          </dl>
          <table className="mt-3 w-full text-sm" data-testid="backtest-bands">
            <thead>
              <tr className="text-left text-xs text-slate-500">
                <th className="py-1 font-medium">Band</th>
                <th className="py-1 text-right font-medium">Customer-months</th>
                <th className="py-1 text-right font-medium">Churned in 90 days</th>
                <th className="py-1 text-right font-medium">Churn rate</th>
                <th className="py-1 text-right font-medium">Contraction rate</th>
              </tr>
            </thead>
            <tbody>
              {data.bands.map((b) => (
                <tr key={b.band} data-band={b.band} className="border-t border-slate-200">
                  <td className="py-1">{BAND_LABELS[b.band]}</td>
                  <td className="py-1 text-right tabular-nums">{formatNumber(b.customers)}</td>
                  <td className="py-1 text-right tabular-nums">{formatNumber(b.churned)}</td>
                  <td className="py-1 text-right tabular-nums" data-testid={`backtest-rate-${b.band}`}>
                    {pctText(b.churn_rate)}
                  </td>
                  <td className="py-1 text-right tabular-nums">{pctText(b.contraction_rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-2 text-xs text-slate-500">
            AUC is the chance that a customer who churned scored lower than one who stayed (0.5 = a coin toss).{" "}
            <Link
              href={"/metrics#health_backtest_auc" satisfies GlossaryHref}
              className="text-indigo-700 underline underline-offset-2 hover:no-underline"
            >
              How it is computed
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
