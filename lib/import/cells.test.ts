import { describe, expect, it } from "vitest";
import { enumParser, parseBoolean, parseCount, parseDate, parseMonth, parseNonNegative, parseNumber, parseTimestamp } from "./cells";
import { LIFECYCLE_STAGES } from "../domain/types";

const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }) => (r.ok ? r.value : `error: ${r.message}`);

describe("dates and months", () => {
  it("accepts real calendar dates only", () => {
    expect(value(parseDate("2024-02-29"))).toBe("2024-02-29");
    expect(value(parseDate("2024-02-30"))).toMatch(/not a real calendar date/);
    expect(value(parseDate("2023-02-29"))).toMatch(/not a real calendar date/);
    expect(value(parseDate("2024-13-01"))).toMatch(/not a real calendar date/);
    expect(value(parseDate("01/02/2024"))).toMatch(/use YYYY-MM-DD/);
    expect(value(parseDate("2024-2-1"))).toMatch(/use YYYY-MM-DD/);
  });
  it("accepts YYYY-MM months", () => {
    expect(value(parseMonth("2024-03"))).toBe("2024-03");
    expect(value(parseMonth("2024-13"))).toMatch(/not a real month/);
    expect(value(parseMonth("2024-03-01"))).toMatch(/use YYYY-MM/);
  });
});

describe("timestamps", () => {
  it("reads no zone as UTC and a bare date as 00:00Z", () => {
    expect(value(parseTimestamp("2024-03-01T09:30:00"))).toBe(Date.UTC(2024, 2, 1, 9, 30));
    expect(value(parseTimestamp("2024-03-01T09:30:00Z"))).toBe(Date.UTC(2024, 2, 1, 9, 30));
    expect(value(parseTimestamp("2024-03-01"))).toBe(Date.UTC(2024, 2, 1));
    expect(value(parseTimestamp("2024-03-01 09:30"))).toBe(Date.UTC(2024, 2, 1, 9, 30));
    expect(value(parseTimestamp("2024-03-01T09:30:00.250Z"))).toBe(Date.UTC(2024, 2, 1, 9, 30, 0, 250));
  });
  it("converts offsets to UTC", () => {
    expect(value(parseTimestamp("2024-04-01T01:30:00+02:00"))).toBe(Date.UTC(2024, 2, 31, 23, 30));
    expect(value(parseTimestamp("2024-03-31T22:00:00-0230"))).toBe(Date.UTC(2024, 3, 1, 0, 30));
  });
  it("rejects impossible dates and times", () => {
    expect(value(parseTimestamp("2024-02-30T10:00:00Z"))).toMatch(/not a real calendar date/);
    expect(value(parseTimestamp("2024-03-01T25:00:00Z"))).toMatch(/not a real time/);
    expect(value(parseTimestamp("yesterday"))).toMatch(/ISO 8601/);
  });
});

describe("numbers", () => {
  it("accepts '.' decimals only", () => {
    expect(value(parseNumber("1200.50"))).toBe(1200.5);
    expect(value(parseNumber("0"))).toBe(0);
    expect(value(parseNumber(".5"))).toBe(0.5);
  });
  it("refuses currency symbols and thousands separators instead of guessing", () => {
    expect(value(parseNumber("$1200"))).toMatch(/currency symbol/);
    expect(value(parseNumber("1200 EUR"))).toMatch(/currency symbol/);
    expect(value(parseNumber("€20"))).toMatch(/currency symbol/);
    expect(value(parseNumber("1,200"))).toMatch(/thousands separator/);
    expect(value(parseNumber("1,200.50"))).toMatch(/thousands separator/);
    expect(value(parseNumber("12,5"))).toMatch(/decimal comma/);
    expect(value(parseNumber("1e3"))).toMatch(/not a number/);
    expect(value(parseNumber("abc"))).toMatch(/not a number/);
  });
  it("refuses negatives where amounts must be 0 or more, and fractions for counts", () => {
    expect(value(parseNonNegative("-20", "amounts"))).toBe("error: is negative; amounts must be 0 or more");
    expect(value(parseCount("3.5"))).toMatch(/not a whole number/);
    expect(value(parseCount("-1"))).toMatch(/negative/);
    expect(value(parseCount("12"))).toBe(12);
  });
});

describe("values that cannot be real", () => {
  it("refuses dates, months and timestamps outside the years 1900-2100", () => {
    expect(value(parseDate("9999-12-31"))).toBe("error: is outside the years 1900-2100; check the year");
    expect(value(parseDate("1899-12-31"))).toMatch(/outside the years 1900-2100/);
    expect(value(parseDate("2101-01-01"))).toMatch(/outside the years 1900-2100/);
    expect(value(parseDate("1900-01-01"))).toBe("1900-01-01");
    expect(value(parseDate("2100-12-31"))).toBe("2100-12-31");
    expect(value(parseMonth("9999-12"))).toMatch(/outside the years 1900-2100/);
    expect(value(parseMonth("1899-12"))).toMatch(/outside the years 1900-2100/);
    expect(value(parseMonth("2100-12"))).toBe("2100-12");
    expect(value(parseTimestamp("9999-12-31T23:59:59Z"))).toMatch(/outside the years 1900-2100/);
    expect(value(parseTimestamp("1900-01-01T00:00:00Z"))).toBe(Date.UTC(1900, 0, 1));
    expect(value(parseTimestamp("2100-12-31 23:59"))).toBe(Date.UTC(2100, 11, 31, 23, 59));
  });

  it("refuses an offset that carries a timestamp out of the range", () => {
    expect(value(parseTimestamp("2100-12-31T23:00:00-05:00"))).toMatch(/outside the years 1900-2100/);
    expect(value(parseTimestamp("1900-01-01T01:00:00+02:00"))).toMatch(/outside the years 1900-2100/);
  });

  it("refuses years 0000-0099, which Date.UTC would shift by 1900", () => {
    expect(value(parseDate("0024-03-01"))).toMatch(/outside the years 1900-2100/);
    expect(value(parseDate("0000-01-01"))).toMatch(/outside the years 1900-2100/);
    expect(value(parseMonth("0099-12"))).toMatch(/outside the years 1900-2100/);
    expect(value(parseTimestamp("0024-03-01T10:00:00Z"))).toMatch(/outside the years 1900-2100/);
    expect(value(parseTimestamp("0099-12-31"))).toMatch(/outside the years 1900-2100/);
  });

  it("refuses numbers too large to be finite", () => {
    const huge = `1${"0".repeat(400)}`;
    expect(value(parseNumber(huge))).toBe("error: is too large to be a real number; check the value");
    expect(value(parseNonNegative(huge, "amounts"))).toMatch(/too large/);
    expect(value(parseCount(huge))).toMatch(/too large/);
    expect(value(parseNumber(`-${huge}.5`))).toMatch(/too large/);
    expect(value(parseNumber(`1${"0".repeat(300)}`))).toBe(1e300);
  });
});

describe("enums and booleans", () => {
  it("matches case-insensitively with spaces and dashes as underscores", () => {
    const stage = enumParser(LIFECYCLE_STAGES);
    expect(value(stage("Early adoption"))).toBe("early_adoption");
    expect(value(stage("early-adoption"))).toBe("early_adoption");
    expect(value(stage("GROWTH"))).toBe("growth");
    expect(value(stage("expansion"))).toMatch(/is not one of awareness/);
  });
  it("reads true/false/yes/no/1/0", () => {
    for (const t of ["true", "TRUE", "yes", "1"]) expect(value(parseBoolean(t))).toBe(true);
    for (const f of ["false", "No", "0"]) expect(value(parseBoolean(f))).toBe(false);
    expect(value(parseBoolean("maybe"))).toMatch(/not true or false/);
  });
});
