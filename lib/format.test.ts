import { describe, expect, it } from "vitest";
import { formatFixed, formatMoney, formatMonth, formatPercent, formatPeriod, segmentLabel } from "./format";

describe("formatMoney", () => {
  it("shows cents only for fractional amounts under 1,000", () => {
    expect(formatMoney(332.5)).toBe("$332.50");
    expect(formatMoney(400)).toBe("$400");
    expect(formatMoney(1234.56)).toBe("$1,235");
    expect(formatMoney(-12.3)).toBe("-$12.30");
  });
  it("compacts large amounts", () => {
    expect(formatMoney(5_669_608, { compact: true })).toBe("$5.7M");
  });
  it("shows a dash for a missing value", () => {
    expect(formatMoney(null)).toBe("—");
    expect(formatPercent(null)).toBe("—");
  });
});

describe("months", () => {
  it("names months and periods", () => {
    expect(formatMonth("2024-03")).toBe("Mar 2024");
    expect(formatPeriod({ from: "2025-11", to: "2026-10" })).toBe("Nov 2025 – Oct 2026");
    expect(formatPeriod({ from: "2026-10", to: "2026-10" })).toBe("Oct 2026");
  });
});

describe("segmentLabel", () => {
  it("reads the API's Unassigned as No segment and leaves real segments alone", () => {
    expect(segmentLabel("Unassigned")).toBe("No segment");
    expect(segmentLabel("SMB")).toBe("SMB");
    expect(segmentLabel("unassigned")).toBe("unassigned");
  });
});

describe("formatFixed", () => {
  it("always shows the decimals asked for, so a column lines up", () => {
    expect(formatFixed(28, 1)).toBe("28.0");
    expect(formatFixed(30.94, 1)).toBe("30.9");
    expect(formatFixed(1234.56, 1)).toBe("1,234.6");
    expect(formatFixed(null, 1)).toBe("—");
  });
});
