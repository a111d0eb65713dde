import { useId } from "react";
import type { DataKind } from "@/lib/domain/types";
import { KIND_COLUMNS } from "@/lib/import/columns";
import type { HeaderMatch } from "@/lib/import/header";
import type { ColumnMapping } from "@/lib/import/mapping";

/** Which header of the file feeds each Keel column: guessed from the names, changeable per column. */
export function ColumnMappingStep({
  kind,
  header,
  mapping,
  match,
  note,
  onChange,
}: {
  kind: DataKind;
  header: string[];
  mapping: ColumnMapping;
  match: HeaderMatch;
  note: string | null;
  onChange: (column: string, header: string) => void;
}) {
  const id = useId();
  const choices = [...new Set(header.map((h) => h.trim()).filter((h) => h !== ""))];
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <h3 id={`${id}-heading`} className="text-sm font-semibold text-slate-900">
        Columns <span className="font-normal text-slate-500">(which column of the file feeds each of Keel&apos;s; * required)</span>
      </h3>
      {note && <p className="rounded-md bg-indigo-50 px-3 py-2 text-xs text-indigo-800">{note}</p>}
      <div className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
        {KIND_COLUMNS[kind].map((column) => {
          const selectId = `${id}-${column.name}`;
          const value = mapping[column.name] ?? "";
          const lacking = column.required && value === "";
          return (
            <div key={column.name} className="flex items-center gap-3">
              <label htmlFor={selectId} className="w-44 shrink-0 font-mono text-xs text-slate-800">
                {column.name}
                {column.required && (
                  <span className="text-red-700" aria-hidden="true">
                    {" "}
                    *
                  </span>
                )}
              </label>
              <select
                id={selectId}
                value={value}
                onChange={(e) => onChange(column.name, e.target.value)}
                aria-label={column.name}
                aria-required={column.required}
                aria-invalid={lacking}
                className={`min-w-0 flex-1 rounded-md border bg-white px-2 py-1 text-xs focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200 ${lacking ? "border-red-400" : "border-slate-300"}`}
              >
                <option value="">{column.required ? "— choose a column —" : "— not in this file —"}</option>
                {choices.map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
      {match.unknown.length > 0 && <p className="text-xs text-amber-800">Not imported: {match.unknown.join(", ")}</p>}
    </section>
  );
}
