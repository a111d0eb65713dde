import type { Metadata } from "next";
import { GlossaryBrowser, type GlossarySection } from "@/components/glossary/glossary-browser";
import { GlossaryIntro } from "@/components/glossary/glossary-intro";
import { GlossaryToc, type TocFamily } from "@/components/glossary/glossary-toc";
import { MetricCard } from "@/components/glossary/metric-card";
import { FAMILY_LABELS, FAMILY_ORDER, metricsOfFamily } from "@/lib/metrics/catalog";

export const metadata: Metadata = { title: "Metrics glossary" };

const familyId = (family: string) => `family-${family}`;

export default function MetricsGlossaryPage() {
  const families = FAMILY_ORDER.map((family) => ({ family, metrics: metricsOfFamily(family) })).filter((f) => f.metrics.length > 0);
  const toc: TocFamily[] = families.map(({ family, metrics }) => ({
    id: familyId(family),
    label: FAMILY_LABELS[family],
    metrics: metrics.map(({ key, name }) => ({ key, name })),
  }));
  const sections: GlossarySection[] = families.map(({ family, metrics }) => ({
    id: familyId(family),
    label: FAMILY_LABELS[family],
    items: metrics.map((metric) => ({
      key: metric.key,
      haystack: [metric.name, metric.key, metric.key.replace(/_/g, " "), metric.short].join(" ").toLowerCase(),
      card: <MetricCard metric={metric} />,
    })),
  }));

  return (
    <div className="space-y-6">
      <GlossaryIntro />
      <div className="grid gap-6 lg:grid-cols-[15rem_minmax(0,1fr)]">
        <aside>
          <GlossaryToc families={toc} />
        </aside>
        <GlossaryBrowser sections={sections} />
      </div>
    </div>
  );
}
