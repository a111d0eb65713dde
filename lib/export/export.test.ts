import { describe, expect, it } from "vitest";
import { chartCsv } from "./csv";
import { fitImage, tileGrid } from "./deck-layout";
import { exportFileName, slugify, zipEntryName } from "./file-names";
import { dataThroughText, exportFootnote, exportSubtitle, generatedOnText } from "./labels";

const period = { from: "2025-11", to: "2026-10" };
const noFilters = { segment: null, csm: null, plan: null };

describe("exportSubtitle", () => {
  it("names the period and every filter that is set", () => {
    expect(exportSubtitle(period, { segment: "SMB", csm: null, plan: null })).toBe("Nov 2025 – Oct 2026 · Segment: SMB");
    expect(exportSubtitle(period, { segment: "SMB", csm: "Ana Ruiz", plan: "Pro" })).toBe(
      "Nov 2025 – Oct 2026 · Segment: SMB · CSM: Ana Ruiz · Plan: Pro",
    );
  });
  it("says all customers when nothing is filtered, and one month once", () => {
    expect(exportSubtitle(period, noFilters)).toBe("Nov 2025 – Oct 2026 · All customers");
    expect(exportSubtitle({ from: "2026-03", to: "2026-03" }, noFilters)).toBe("Mar 2026 · All customers");
  });
});

describe("footnote and dates", () => {
  it("adds the data date after the definition", () => {
    expect(dataThroughText("2026-10")).toBe("Data through Oct 2026");
    expect(exportFootnote("Churned ÷ active at start × 100", "2026-10")).toBe("Churned ÷ active at start × 100. Data through Oct 2026.");
    expect(exportFootnote("Ends with a stop.", "2026-10")).toBe("Ends with a stop. Data through Oct 2026.");
    expect(exportFootnote("  ", "2026-10")).toBe("Data through Oct 2026.");
  });
  it("writes the generation date in UTC", () => {
    expect(generatedOnText(new Date("2026-11-23T23:30:00Z"))).toBe("Generated 23 Nov 2026");
  });
});

describe("file names", () => {
  it("uses the chart id and the period", () => {
    expect(exportFileName("logo-churn", period, "csv")).toBe("keel-logo-churn-2025-11-2026-10.csv");
    expect(exportFileName("Customer Success", period, "pptx")).toBe("keel-customer-success-2025-11-2026-10.pptx");
  });
  it("carries the dashboard and every filter that is set, so filtered exports never overwrite the unfiltered one", () => {
    expect(exportFileName("Executive logo-churn", period, "png", noFilters)).toBe("keel-executive-logo-churn-2025-11-2026-10.png");
    expect(exportFileName("Executive logo-churn", period, "png", { segment: "SMB", csm: "Ana Ruiz", plan: null })).toBe(
      "keel-executive-logo-churn-segment-smb-csm-ana-ruiz-2025-11-2026-10.png",
    );
  });
  it("never yields path separators or an empty name", () => {
    expect(slugify("../../etc/passwd")).toBe("etc-passwd");
    expect(slugify("???")).toBe("chart");
    expect(zipEntryName("mrr-movements")).toBe("mrr-movements.png");
  });
});

describe("chartCsv", () => {
  const columns = [
    { key: "month", label: "Month" },
    { key: "churn", label: "Logo churn, %" },
    { key: "name", label: "Customer" },
  ];
  it("writes the labels as header and raw values as rows", () => {
    const text = chartCsv(columns, [
      { month: "2026-01", churn: 2.345, name: "Acme" },
      { month: "2026-02", churn: null, name: undefined },
    ]);
    expect(text).toBe('Month,"Logo churn, %",Customer\r\n2026-01,2.345,Acme\r\n2026-02,,\r\n');
  });
  it("neutralises formula-looking cells", () => {
    const text = chartCsv(columns, [{ month: "2026-01", churn: -1.5, name: '=HYPERLINK("x")' }]);
    expect(text.split("\r\n")[1]).toBe('2026-01,-1.5,"\'=HYPERLINK(""x"")"');
  });
  it("writes non-finite numbers as empty cells", () => {
    expect(chartCsv([{ key: "v", label: "V" }], [{ v: Number.NaN }, { v: Infinity }])).toBe("V\r\n\r\n\r\n");
  });
});

describe("deck layout", () => {
  it("fits an image inside its box keeping the aspect ratio", () => {
    expect(fitImage(1920, 960, { x: 0, y: 0, w: 10, h: 4 })).toEqual({ x: 1, y: 0, w: 8, h: 4 });
    expect(fitImage(2000, 500, { x: 0, y: 1, w: 8, h: 4 })).toEqual({ x: 0, y: 2, w: 8, h: 2 });
  });
  it("lays 11 tiles out in three rows of four", () => {
    const tiles = tileGrid(11, { x: 0.5, y: 1, w: 9, h: 4.2 });
    expect(tiles).toHaveLength(11);
    expect(new Set(tiles.map((t) => t.y)).size).toBe(3);
    expect(tiles[3].x + tiles[3].w).toBeCloseTo(9.5);
    expect(tileGrid(0, { x: 0, y: 0, w: 1, h: 1 })).toEqual([]);
  });
});
