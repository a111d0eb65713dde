/** The file's first rows as a table, numbered as a spreadsheet shows them (header = row 1); `ignored` columns are struck through. */
export function PreviewRows({
  header,
  rows,
  ignored,
  maxHeight = "max-h-80",
}: {
  header: string[];
  rows: string[][];
  ignored?: (column: number) => boolean;
  maxHeight?: string;
}) {
  return (
    <div className={`${maxHeight} overflow-auto rounded-lg border border-slate-200`}>
      <table className="min-w-full text-left text-xs">
        <caption className="sr-only">The first rows of the chosen file</caption>
        <thead className="sticky top-0 bg-slate-50">
          <tr>
            <th scope="col" className="px-2 py-1.5 font-medium text-slate-500">
              Row
            </th>
            {header.map((h, i) => (
              <th
                key={i}
                scope="col"
                className={`whitespace-nowrap px-2 py-1.5 font-medium ${ignored?.(i) ? "text-amber-700 line-through decoration-amber-400" : "text-slate-900"}`}
              >
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} className="border-t border-slate-100">
              <td className="px-2 py-1 tabular-nums text-slate-500">{r + 2}</td>
              {header.map((_, c) => (
                <td key={c} className="max-w-48 truncate whitespace-nowrap px-2 py-1 text-slate-700">
                  {row[c] ?? ""}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
