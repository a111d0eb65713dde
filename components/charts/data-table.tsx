import Link from "next/link";

export interface DataTableColumn {
  key: string;
  label: string;
  format?: (value: unknown) => string;
  align?: "left" | "right";
  /** Makes the cell a link, e.g. a drill-down, so keyboard users reach what a chart click reaches. */
  href?: (row: Record<string, unknown>) => string | undefined;
}

/** The text alternative of a chart: the same numbers as a plain table. */
export function DataTable({ caption, columns, rows }: { caption: string; columns: DataTableColumn[]; rows: Record<string, unknown>[] }) {
  return (
    <table className="w-full text-left text-xs">
      <caption className="sr-only">{caption}</caption>
      <thead className="sticky top-0 bg-white">
        <tr className="border-b border-slate-200 text-slate-500">
          {columns.map((c, i) => (
            <th
              key={c.key}
              scope="col"
              className={`py-1.5 pr-3 font-medium ${c.align === "right" ? "text-right" : ""} ${i === 0 ? "sticky left-0 bg-white" : ""}`}
            >
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i} className="border-b border-slate-100">
            {columns.map((c, i) => (
              <td
                key={c.key}
                className={`py-1 pr-3 tabular-nums ${c.align === "right" ? "text-right" : ""} ${i === 0 ? "sticky left-0 bg-white" : ""}`}
              >
                <CellContent column={c} row={row} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CellContent({ column, row }: { column: DataTableColumn; row: Record<string, unknown> }) {
  const text = column.format ? column.format(row[column.key]) : String(row[column.key] ?? "—");
  const href = column.href?.(row);
  return href ? (
    <Link href={href} className="text-indigo-700 underline-offset-2 hover:underline">
      {text}
    </Link>
  ) : (
    text
  );
}
