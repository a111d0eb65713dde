import type { SourcePreset } from "@/lib/import/sources/source-format";
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
      <div className="max-h-72 overflow-auto rounded-lg border border-slate-200">
        <table className="min-w-full text-left text-xs">
          <caption className="sr-only">The first rows of the chosen file</caption>
          <thead className="sticky top-0 bg-slate-50">
            <tr>
              <th scope="col" className="px-2 py-1.5 font-medium text-slate-500">Row</th>
              {header.map((h, i) => (
                <th key={i} scope="col" className="whitespace-nowrap px-2 py-1.5 font-medium text-slate-900">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r} className="border-t border-slate-100">
                <td className="px-2 py-1 tabular-nums text-slate-500">{r + 2}</td>
                {header.map((_, c) => (
                  <td key={c} className="max-w-48 truncate whitespace-nowrap px-2 py-1 text-slate-700">{row[c] ?? ""}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
