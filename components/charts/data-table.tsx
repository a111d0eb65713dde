export interface DataTableColumn {
  key: string;
  label: string;
  format?: (value: unknown) => string;
  align?: "left" | "right";
}

/** The text alternative of a chart: the same numbers as a plain table. */
export function DataTable({ caption, columns, rows }: { caption: string; columns: DataTableColumn[]; rows: Record<string, unknown>[] }) {
  return (
    <table className="w-full text-left text-xs">
      <caption className="sr-only">{caption}</caption>
      <thead className="sticky top-0 bg-white">
        <tr className="border-b border-slate-200 text-slate-500">
          {columns.map((c) => (
            <th key={c.key} scope="col" className={`py-1.5 pr-3 font-medium ${c.align === "right" ? "text-right" : ""}`}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i} className="border-b border-slate-100">
            {columns.map((c) => (
              <td key={c.key} className={`py-1 pr-3 tabular-nums ${c.align === "right" ? "text-right" : ""}`}>
                {c.format ? c.format(row[c.key]) : String(row[c.key] ?? "—")}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
