"use client";

const OPTIONS = [
  { value: null, label: "All" },
  { value: "active", label: "Active" },
  { value: "churned", label: "Churned" },
] as const;

export function StatusTabs({ current, onChange }: { current: string | null; onChange: (status: string | null) => void }) {
  const selected = current === "active" || current === "churned" ? current : null;
  return (
    <div
      role="group"
      aria-label="Status at the end of the period"
      className="flex self-start overflow-hidden rounded-md border border-slate-300"
    >
      {OPTIONS.map((o) => (
        <button
          key={o.label}
          type="button"
          aria-pressed={selected === o.value}
          onClick={() => onChange(o.value)}
          className={`px-3 py-1.5 text-sm font-medium ${selected === o.value ? "bg-indigo-600 text-white" : "bg-white text-slate-700 hover:bg-slate-50"}`}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
