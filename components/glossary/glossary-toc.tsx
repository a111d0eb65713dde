import type { MetricDefinition } from "@/lib/metrics/catalog";

export interface TocFamily {
  id: string;
  label: string;
  metrics: readonly Pick<MetricDefinition, "key" | "name">[];
}

/** Table of contents by family: family links on a phone, every metric on a laptop, sticky beside the cards. */
export function GlossaryToc({ families }: { families: TocFamily[] }) {
  return (
    <nav aria-label="Metric families" className="lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto">
      <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Contents</h2>
      <ul className="mt-2 flex flex-wrap gap-2 lg:block lg:space-y-3">
        {families.map((family) => (
          <li key={family.id}>
            <a
              href={`#${family.id}`}
              className="inline-block rounded-full border border-slate-200 bg-white px-3 py-1 text-sm font-medium text-slate-800 hover:border-indigo-300 hover:text-indigo-700 lg:rounded lg:border-0 lg:bg-transparent lg:px-0 lg:py-0"
            >
              {family.label}
            </a>
            <ul className="mt-1 hidden space-y-0.5 border-l border-slate-200 lg:block">
              {family.metrics.map((metric) => (
                <li key={metric.key}>
                  <a
                    href={`#${metric.key}`}
                    className="-ml-px block border-l border-transparent py-0.5 pl-3 text-sm text-slate-600 hover:border-indigo-400 hover:text-indigo-700"
                  >
                    {metric.name}
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </nav>
  );
}
