import type { HeaderMatch } from "@/lib/import/header";
import { PreviewRows } from "./preview-rows";

/** The first rows as read in the browser, with the header checked against the chosen kind (when there is one). */
export function CsvPreview({ header, rows, match }: { header: string[]; rows: string[][]; match: HeaderMatch | null }) {
  const used = new Set(match ? match.indexes.values() : header.keys());
  return (
    <section aria-labelledby="preview-heading" className="space-y-3">
      <h3 id="preview-heading" className="text-sm font-semibold text-slate-900">
        Preview{" "}
        <span className="font-normal text-slate-500">
          ({rows.length === 0 ? "no complete data row" : rows.length === 1 ? "first row" : `first ${rows.length} rows`})
        </span>
      </h3>
      {match && (
        <ul className="flex flex-wrap gap-2 text-xs" aria-label="Columns">
          {match.matched.map((c) => (
            <li key={c} className="rounded-full bg-indigo-50 px-2 py-0.5 text-indigo-700">
              ✓ {c}
            </li>
          ))}
          {match.missing.map((c) => (
            <li key={c} className="rounded-full bg-red-50 px-2 py-0.5 font-medium text-red-700">
              missing: {c}
            </li>
          ))}
          {match.unknown.map((c) => (
            <li key={c} className="rounded-full bg-amber-50 px-2 py-0.5 text-amber-800" title="Ignored on import">
              ignored: {c}
            </li>
          ))}
        </ul>
      )}
      <PreviewRows header={header} rows={rows} ignored={(i) => !used.has(i)} />
    </section>
  );
}
