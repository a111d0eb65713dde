import type { HeaderMatch } from "@/lib/import/header";

/** The first rows as read in the browser, with the header checked against the chosen kind (when there is one). */
export function CsvPreview({ header, rows, match }: { header: string[]; rows: string[][]; match: HeaderMatch | null }) {
  const used = new Set(match ? match.indexes.values() : header.keys());
  return (
    <section aria-labelledby="preview-heading" className="space-y-3">
      <h3 id="preview-heading" className="text-sm font-semibold text-slate-900">
        Preview <span className="font-normal text-slate-500">({rows.length === 0 ? "no complete data row" : rows.length === 1 ? "first row" : `first ${rows.length} rows`})</span>
      </h3>
      {match && (
        <ul className="flex flex-wrap gap-2 text-xs" aria-label="Columns">
          {match.matched.map((c) => (
            <li key={c} className="rounded-full bg-indigo-50 px-2 py-0.5 text-indigo-700">✓ {c}</li>
          ))}
          {match.missing.map((c) => (
            <li key={c} className="rounded-full bg-red-50 px-2 py-0.5 font-medium text-red-700">missing: {c}</li>
          ))}
          {match.unknown.map((c) => (
            <li key={c} className="rounded-full bg-amber-50 px-2 py-0.5 text-amber-800" title="Ignored on import">ignored: {c}</li>
          ))}
        </ul>
      )}
      <div className="max-h-80 overflow-auto rounded-lg border border-slate-200">
        <table className="min-w-full text-left text-xs">
          <caption className="sr-only">The first rows of the chosen file</caption>
          <thead className="sticky top-0 bg-slate-50">
            <tr>
              <th scope="col" className="px-2 py-1.5 font-medium text-slate-500">Row</th>
              {header.map((h, i) => {
                const isKnown = used.has(i);
                return (
                  <th key={i} scope="col" className={`whitespace-nowrap px-2 py-1.5 font-medium ${isKnown ? "text-slate-900" : "text-amber-700 line-through decoration-amber-400"}`}>
                    {h}
                  </th>
                );
              })}
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
