import { DATA_KINDS } from "@/lib/domain/types";
import { KIND_LABELS } from "./types";

export function TemplateLinks() {
  return (
    <section aria-labelledby="templates-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="templates-heading" className="text-base font-semibold text-slate-900">
        Templates
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        A header and three example rows for each kind. Import customers first, then subscriptions, then the rest.
      </p>
      <ul className="mt-3 flex flex-wrap gap-2">
        {DATA_KINDS.map((kind) => (
          <li key={kind}>
            <a
              href={`/api/imports/template/${kind}`}
              download={`keel-${kind}-template.csv`}
              className="inline-flex rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:border-indigo-300 hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-600"
            >
              {KIND_LABELS[kind]} template
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
