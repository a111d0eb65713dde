import type { SourcePreset } from "@/lib/import/sources/source-format";
import { PreviewRows } from "./preview-rows";
import { KIND_LABELS } from "./types";

/** The preview of a file exported by a known tool: which format was recognised, how it is read, its first rows. */
export function SourcePreview({ preset, header, rows }: { preset: SourcePreset; header: string[]; rows: string[][] }) {
  const kinds = preset.writes.map((w) => KIND_LABELS[w.kind].toLowerCase());
  return (
    <section aria-labelledby="source-preview-heading" className="space-y-3">
      <div className="rounded-lg border border-emerald-200 bg-emerald-50/60 p-3">
        <h3 id="source-preview-heading" className="text-sm font-semibold text-emerald-900">
          {preset.label} recognised
        </h3>
        <p className="mt-0.5 text-xs text-emerald-900">Read as it is, without mapping; it fills {kinds.join(" and ")}.</p>
        <details className="mt-2 text-xs text-slate-700">
          <summary className="cursor-pointer font-medium text-slate-800">How Keel reads it</summary>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {preset.readings.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </details>
      </div>
      <PreviewRows header={header} rows={rows} maxHeight="max-h-72" />
    </section>
  );
}
