import JSZip from "jszip";
import PptxGenJS from "pptxgenjs";
import { describe, expect, it } from "vitest";
import { deckCartesian } from "./deck-chart";
import { buildPresentation, type DeckChartSlide } from "./deck-slides";

const rows = [
  { month: "2026-01", new: 1200.5, churn: -300, mrr: 10000 },
  { month: "2026-02", new: 0, churn: -125.25, mrr: 11075.25 },
];
const config = {
  new: { label: "New", color: "chart-1", kind: "bar" as const },
  churn: { label: "Churn", color: "chart-5", kind: "bar" as const },
  mrr: { label: "MRR", color: "chart-7", kind: "line" as const, axis: "right" as const },
};

const charts: DeckChartSlide[] = [
  {
    id: "movements",
    title: "MRR movements",
    definition: "Added and lost MRR",
    isEmpty: false,
    deck: deckCartesian(config, rows, (r) => String(r.month), { stacked: true, format: "money" }),
  },
  {
    id: "nps",
    title: "NPS",
    definition: "Promoters minus detractors",
    isEmpty: false,
    deck: deckCartesian(
      { nps: { label: "NPS", color: "chart-6", kind: "line" } },
      [
        { month: "2026-01", nps: 42 },
        { month: "2026-02", nps: null },
      ],
      (r) => String(r.month),
      { format: "decimal" },
    ),
  },
  { id: "empty", title: "Nothing", definition: "No rows", isEmpty: true, emptyMessage: "No NPS responses in this period." },
  {
    id: "cohorts",
    title: "Cohorts",
    definition: "Retention",
    isEmpty: false,
    exportPeriod: "Cohorts Jan 2026 – Feb 2026",
    deck: {
      type: "table",
      header: ["Cohort", "M0"],
      rows: Array.from({ length: 13 }, (_, i) => ({ cells: [`C${i}`, "100"], fills: [null, { color: "chart-positive", share: 0.5 }] })),
    },
  },
];

async function deckZip() {
  const pptx = buildPresentation(PptxGenJS, {
    dashboard: "Executive",
    period: { from: "2026-01", to: "2026-02" },
    filters: { segment: "SMB", csm: null, plan: null },
    dataThrough: "2026-02",
    kpis: [{ label: "ARR", value: "$1.2M", change: "+4%", tone: "good" }],
    charts,
    generatedAt: new Date("2026-03-01T00:00:00Z"),
    color: () => "4F46E5",
  });
  return JSZip.loadAsync((await pptx.write({ outputType: "nodebuffer" })) as Buffer);
}

const slideFiles = (zip: JSZip) =>
  Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));

describe("buildPresentation", () => {
  it("writes one native chart part per chart slide, holding the raw numbers", async () => {
    const zip = await deckZip();
    const parts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
    expect(parts).toHaveLength(2);
    const xml = (await Promise.all(parts.map((p) => zip.file(p)!.async("string")))).join("\n");
    for (const v of [1200.5, -300, 10000, -125.25, 11075.25, 42]) expect(xml).toContain(`<c:v>${v}</c:v>`);
    // The MRR line rides on a second value axis of the same chart.
    expect(xml).toContain("<c:lineChart>");
    expect(xml).toContain("<c:barChart>");
  });

  it("has title, KPI and one slide per chart, two for a table of 13 rows, each with period, filters and data date", async () => {
    const zip = await deckZip();
    const slides = slideFiles(zip);
    expect(slides).toHaveLength(2 + 3 + 2);
    const text = await Promise.all(slides.map((s) => zip.file(s)!.async("string")));
    expect(text[2]).toContain("MRR movements");
    expect(text[2]).toContain("Jan 2026 – Feb 2026 · Segment: SMB");
    expect(text[2]).toContain("Added and lost MRR. Data through Feb 2026.");
    expect(text[4]).toContain("No NPS responses in this period.");
    expect(text[5]).toContain("Cohorts (1 of 2)");
    expect(text[5]).toContain("Cohorts Jan 2026 – Feb 2026 · Segment: SMB");
    expect(text[6]).toContain("C12");
  });
});
