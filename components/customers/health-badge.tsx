import type { HealthBand } from "@/lib/metrics/health";

const STYLES: Record<HealthBand, { label: string; className: string }> = {
  healthy: { label: "Healthy", className: "bg-emerald-50 text-emerald-800 ring-emerald-600/20" },
  watch: { label: "Watch", className: "bg-amber-50 text-amber-800 ring-amber-600/20" },
  at_risk: { label: "At risk", className: "bg-red-50 text-red-800 ring-red-600/20" },
};

export function HealthBadge({ band, score }: { band: HealthBand | null; score?: number | null }) {
  if (band === null) return <span className="text-slate-500">—</span>;
  const style = STYLES[band];
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${style.className}`}
    >
      {style.label}
      {score !== undefined && score !== null && <span className="tabular-nums">{Math.floor(score)}</span>}
    </span>
  );
}

export function StatusBadge({ status }: { status: "active" | "churned" | "never_active" }) {
  const label = status === "active" ? "Active" : status === "churned" ? "Churned" : "Not yet active";
  const className =
    status === "active" ? "bg-indigo-50 text-indigo-800 ring-indigo-600/20" : "bg-slate-100 text-slate-700 ring-slate-500/20";
  return (
    <span className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${className}`}>
      {label}
    </span>
  );
}
