import { SOURCE_PRESETS } from "@/lib/import/sources/presets";
import { KIND_LABELS } from "./types";

/** The exports of other tools Keel reads as they are, with the readings each one follows. */
export function SourceFormats() {
  return (
    <section aria-labelledby="sources-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="sources-heading" className="text-base font-semibold text-slate-900">
        Exports Keel reads as they are
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Drop the file your tool exports; Keel recognises it from its header (the API takes it as the <code>preset</code> field). Import a
        billing or CRM export before the help desk&apos;s tickets, which name their customers.
      </p>
      <dl className="mt-3 space-y-4">
        {SOURCE_PRESETS.map((p) => (
          <div key={p.id}>
            <dt className="text-sm font-medium text-slate-900">
              {p.label} <code className="ml-1 text-xs font-normal text-slate-500">{p.id}</code>
              <span className="ml-2 text-xs font-normal text-slate-500">
                → {p.writes.map((w) => KIND_LABELS[w.kind].toLowerCase()).join(" and ")}
              </span>
            </dt>
            <dd className="mt-1 text-xs text-slate-600">
              <p>Recognised by the columns {p.required.map((alts) => alts.map((a) => `“${a}”`).join(" or ")).join(", ")} (any case).</p>
              <ul className="mt-1 list-disc space-y-0.5 pl-5">
                {p.readings.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
