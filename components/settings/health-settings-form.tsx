"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { HEALTH_FACTORS, type HealthFactor, type HealthSettings } from "@/lib/domain/types";
import { apiFetch } from "@/components/api/api-fetch";
import { AdminOnly, AdminOnlyNotice } from "@/components/auth/admin-only";
import { BacktestPanel } from "./backtest-panel";
import type { BacktestDraft } from "./use-backtest";

type FieldName = HealthFactor | "healthyMin" | "watchMin" | "stuckAfterDays";

function toFields(s: HealthSettings): Record<FieldName, string> {
  return {
    usage: String(s.weights.usage),
    support: String(s.weights.support),
    sentiment: String(s.weights.sentiment),
    usage_trend: String(s.weights.usage_trend),
    lifecycle: String(s.weights.lifecycle),
    mrr_trend: String(s.weights.mrr_trend),
    healthyMin: String(s.healthyMin),
    watchMin: String(s.watchMin),
    stuckAfterDays: String(s.stuckAfterDays),
  };
}

/** The weights and bands being edited, once they are valid numbers; null while they are not. */
function draftOf(fields: Record<FieldName, string>): BacktestDraft | null {
  const num = (name: FieldName) => (fields[name].trim() === "" ? Number.NaN : Number(fields[name]));
  const weights = Object.fromEntries(HEALTH_FACTORS.map((f) => [f, num(f)])) as Record<HealthFactor, number>;
  const healthyMin = num("healthyMin");
  const watchMin = num("watchMin");
  const values = [...Object.values(weights), healthyMin, watchMin];
  if (values.some((v) => !Number.isFinite(v) || v < 0 || v > 100)) return null;
  if (!Object.values(weights).some((w) => w > 0) || watchMin > healthyMin) return null;
  return { weights, healthyMin, watchMin };
}

export function HealthSettingsForm({ initial, defaults }: { initial: HealthSettings; defaults: HealthSettings }) {
  const [fields, setFields] = useState(() => toFields(initial));
  const [status, setStatus] = useState<{ kind: "idle" | "saving" | "saved" } | { kind: "error"; message: string }>({ kind: "idle" });
  const queryClient = useQueryClient();
  const router = useRouter();

  const weightSum = HEALTH_FACTORS.reduce((sum, f) => sum + Number(fields[f]), 0);
  const draft = draftOf(fields);

  async function save(event: FormEvent) {
    event.preventDefault();
    setStatus({ kind: "saving" });
    const body: HealthSettings = {
      weights: Object.fromEntries(HEALTH_FACTORS.map((f) => [f, Number(fields[f])])) as Record<HealthFactor, number>,
      healthyMin: Number(fields.healthyMin),
      watchMin: Number(fields.watchMin),
      stuckAfterDays: Number(fields.stuckAfterDays),
    };
    try {
      await apiFetch("/api/settings/health", { method: "PUT", body: JSON.stringify(body) });
    } catch (error) {
      setStatus({ kind: "error", message: (error as Error).message });
      return;
    }
    setStatus({ kind: "saved" });
    await queryClient.invalidateQueries();
    router.refresh();
  }

  const input = (name: FieldName, label: string, hint: string, step = "1") => (
    <label className="flex flex-col gap-1 text-sm">
      <span className="font-medium text-slate-800">{label}</span>
      <input
        name={name}
        type="number"
        inputMode="decimal"
        step={step}
        min={0}
        required
        value={fields[name]}
        onChange={(e) => {
          setFields({ ...fields, [name]: e.target.value });
          setStatus({ kind: "idle" });
        }}
        className="w-32 rounded-md border border-slate-300 px-2 py-1.5 tabular-nums shadow-sm"
      />
      <span className="text-xs text-slate-500">{hint}</span>
    </label>
  );

  return (
    <form onSubmit={save} className="max-w-3xl rounded-lg border border-slate-200 bg-white p-6 shadow-sm" aria-labelledby="health-title">
      <h2 id="health-title" className="text-lg font-semibold">
        Customer health
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Each active customer gets a score from 0 to 100 at the end of the period: the weighted mean of usage (active users per licensed
        seat), support (tickets in the last 90 days per $1k MRR and the share still unresolved) and sentiment (latest NPS or CSAT in the
        last 180 days).
      </p>
      <fieldset className="mt-5">
        <legend className="text-sm font-semibold text-slate-900">Weights</legend>
        <div className="mt-2 flex flex-wrap gap-6">
          {input("usage", "Usage", `default ${defaults.weights.usage}`)}
          {input("support", "Support", `default ${defaults.weights.support}`)}
          {input("sentiment", "Sentiment", `default ${defaults.weights.sentiment}`)}
        </div>
        <p className="mt-4 text-xs font-medium text-slate-700">More factors (default weight 0, so the default score leaves them out)</p>
        <div className="mt-2 flex flex-wrap gap-6">
          {input("usage_trend", "Usage trend", "active users vs the customer's last quarter")}
          {input("lifecycle", "Lifecycle progress", "funnel stage reached, churn 0")}
          {input("mrr_trend", "MRR trend", "MRR vs three months earlier")}
        </div>
        <p className="mt-2 text-xs text-slate-500">
          Weights are relative: they sum to {Number.isFinite(weightSum) ? weightSum : "—"} and the score divides by that sum.
        </p>
      </fieldset>
      <fieldset className="mt-5">
        <legend className="text-sm font-semibold text-slate-900">Bands</legend>
        <div className="mt-2 flex flex-wrap gap-6">
          {input("healthyMin", "Healthy from", `score ≥ this is healthy (default ${defaults.healthyMin})`, "any")}
          {input("watchMin", "Watch from", `below this is at risk (default ${defaults.watchMin})`, "any")}
        </div>
      </fieldset>
      <BacktestPanel draft={draft} />
      <fieldset className="mt-5">
        <legend className="text-sm font-semibold text-slate-900">Lifecycle</legend>
        <div className="mt-2">
          {input(
            "stuckAfterDays",
            "Stuck after (days)",
            `a customer this long in one stage is listed as stuck (default ${defaults.stuckAfterDays})`,
          )}
        </div>
      </fieldset>
      <AdminOnly
        fallback={
          <div className="mt-6">
            <AdminOnlyNotice what="change settings" />
          </div>
        }
      >
        <div className="mt-6 flex items-center gap-3">
          <button
            type="submit"
            disabled={status.kind === "saving"}
            className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 disabled:opacity-60"
          >
            {status.kind === "saving" ? "Saving…" : "Save"}
          </button>
          <button
            type="button"
            onClick={() => {
              setFields(toFields(defaults));
              setStatus({ kind: "idle" });
            }}
            className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50"
          >
            Reset to defaults
          </button>
          {status.kind === "saved" && (
            <span role="status" className="text-sm text-emerald-700">
              Saved. Every dashboard now uses these settings.
            </span>
          )}
          {status.kind === "error" && (
            <span role="alert" className="text-sm text-red-700">
              {status.message}
            </span>
          )}
        </div>
      </AdminOnly>
    </form>
  );
}
