import { describe, expect, it } from "vitest";
import { MS_PER_HOUR } from "@/lib/domain/months";
import type { Ticket } from "@/lib/domain/types";
import { supportMetrics, supportMetricsByMonth } from "./support";

const MARCH = Date.UTC(2024, 2, 1);
const APRIL = Date.UTC(2024, 3, 1);
let seq = 0;
const t = (createdAt: number, fcr: boolean | null, firstH: number | null = null, resolvedH: number | null = null): Ticket => ({
  ticketId: `t${++seq}`,
  customerId: "c1",
  createdAt,
  firstResponseAt: firstH === null ? null : createdAt + firstH * MS_PER_HOUR,
  resolvedAt: resolvedH === null ? null : createdAt + resolvedH * MS_PER_HOUR,
  resolvedOnFirstContact: fcr,
  priority: null,
  channel: null,
});

describe("supportMetrics", () => {
  it("counts tickets created in [start, end), offsets converted to UTC", () => {
    const ts = [t(MARCH, null), t(APRIL - 1, null), t(APRIL, null), t(MARCH - 1, null), t(Date.parse("2024-04-01T01:30:00+02:00"), null)];
    expect(supportMetrics(ts, MARCH, APRIL).ticket_volume).toBe(3);
  });
  it("FCR leaves blanks out, and is null when all are blank", () => {
    expect(supportMetrics([t(MARCH, true), t(MARCH, false), t(MARCH, null), t(MARCH, true)], MARCH, APRIL).fcr).toBe(200 / 3);
    expect(supportMetrics([t(MARCH, null), t(MARCH, null)], MARCH, APRIL)).toMatchObject({ ticket_volume: 2, fcr: null });
  });
  it("medians and p90 over tickets with the timestamp, in unrounded hours", () => {
    const ts = [
      t(MARCH, null, 1, 10),
      t(MARCH, null, 4, null),
      t(MARCH, null, 2.5, 20),
      t(MARCH, null, null, 30.5),
      t(MARCH, null, 3, null),
    ];
    expect(supportMetrics(ts, MARCH, APRIL)).toEqual({
      ticket_volume: 5,
      fcr: null,
      median_first_response_hours: 2.75,
      median_resolution_hours: 20,
      // type 7: first response [1, 2.5, 3, 4], h = 2.7 -> 3 + 0.7 x 1; resolution [10, 20, 30.5], h = 1.8 -> 20 + 0.8 x 10.5
      p90_first_response_hours: expect.closeTo(3.7, 12),
      p90_resolution_hours: expect.closeTo(28.4, 12),
    });
  });
  it("is null everywhere but volume when empty", () => {
    expect(supportMetrics([], MARCH, APRIL)).toEqual({
      ticket_volume: 0,
      fcr: null,
      median_first_response_hours: null,
      median_resolution_hours: null,
      p90_first_response_hours: null,
      p90_resolution_hours: null,
    });
  });
});

describe("supportMetricsByMonth", () => {
  it("gives one row per month in order", () => {
    const ts = [t(MARCH, true, 2), t(MARCH + 1, false, 4), t(APRIL, true, 1)];
    const rows = supportMetricsByMonth(ts, ["2024-03", "2024-04", "2024-05"]);
    expect(rows.map((r) => [r.month, r.ticket_volume, r.fcr, r.median_first_response_hours])).toEqual([
      ["2024-03", 2, 50, 3],
      ["2024-04", 1, 100, 1],
      ["2024-05", 0, null, null],
    ]);
  });
});
