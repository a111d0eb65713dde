import type { Polarity } from "@/lib/metrics/catalog";

const BADGES: Record<Polarity, { arrow: string; label: string; className: string }> = {
  higher_is_better: { arrow: "↑", label: "Higher is better", className: "bg-emerald-50 text-emerald-800 ring-emerald-600/20" },
  lower_is_better: { arrow: "↓", label: "Lower is better", className: "bg-amber-50 text-amber-800 ring-amber-600/20" },
  neutral: { arrow: "↔", label: "Neither way is better", className: "bg-slate-100 text-slate-700 ring-slate-500/20" },
};

export function PolarityBadge({ polarity }: { polarity: Polarity }) {
  const badge = BADGES[polarity];
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${badge.className}`}>
      <span aria-hidden="true">{badge.arrow}</span>
      {badge.label}
    </span>
  );
}
