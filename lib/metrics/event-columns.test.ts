import { describe, expect, it } from "vitest";
import type { SurveyResponse, Ticket } from "@/lib/domain/types";
import { customerMask, lowerBound, scanRange, surveyColumns, ticketColumns } from "./event-columns";
import { surveyMetricsOfColumns } from "./surveys";
import { supportMetricsOfColumns, ticketVolumeOfColumns } from "./support";

const MAR = Date.UTC(2024, 2, 1);
const APR = Date.UTC(2024, 3, 1);
const ids = new Map([
  ["A", 0],
  ["B", 1],
]);
const customerOf = (id: string | null) => (id === null ? -1 : (ids.get(id) ?? -1));

const surveys: SurveyResponse[] = [
  { responseId: "1", customerId: "A", survey: "nps", score: 10, respondedAt: MAR, comment: null },
  { responseId: "2", customerId: "B", survey: "nps", score: 3, respondedAt: MAR + 1, comment: null },
  { responseId: "3", customerId: null, survey: "nps", score: 9, respondedAt: MAR + 2, comment: null },
  { responseId: "4", customerId: "A", survey: "nps", score: 0, respondedAt: APR, comment: null },
];

const ticket = (id: string, customerId: string | null, createdAt: number, hours: number): Ticket => ({
  ticketId: id,
  customerId,
  createdAt,
  firstResponseAt: createdAt + hours * 3_600_000,
  resolvedAt: null,
  resolvedOnFirstContact: null,
  priority: null,
  channel: null,
});
const tickets = [ticket("t1", "A", MAR, 1), ticket("t2", null, MAR + 5, 3), ticket("t3", "B", MAR + 9, 5), ticket("t4", "A", APR, 7)];

describe("survey and ticket columns", () => {
  it("counts rows without a customer only when there is no filter", () => {
    const cols = surveyColumns(surveys, customerOf);
    const all = { startMs: MAR, endMs: APR, mask: null };
    // March: promoters A and the blank one, detractor B: (2 - 1) / 3 x 100.
    expect(surveyMetricsOfColumns(cols, all, ...scanRange(cols.respondedAt, all)).nps).toBeCloseTo(100 / 3, 12);
    const onlyA = { startMs: MAR, endMs: APR, mask: customerMask(2, Int32Array.of(0)) };
    const a = surveyMetricsOfColumns(cols, onlyA, ...scanRange(cols.respondedAt, onlyA));
    expect([a.nps, a.nps_responses]).toEqual([100, 1]);
  });

  it("takes medians and volumes over the scoped tickets", () => {
    const cols = ticketColumns(tickets, customerOf);
    const all = { startMs: MAR, endMs: APR, mask: null };
    const s = supportMetricsOfColumns(cols, all, ...scanRange(cols.createdAt, all));
    expect([s.ticket_volume, s.median_first_response_hours]).toEqual([3, 3]);
    const onlyAB = { startMs: MAR, endMs: APR, mask: customerMask(2, Int32Array.of(0, 1)) };
    const f = supportMetricsOfColumns(cols, onlyAB, ...scanRange(cols.createdAt, onlyAB));
    expect([f.ticket_volume, f.median_first_response_hours]).toEqual([2, 3]);
    expect(ticketVolumeOfColumns(cols, onlyAB)).toBe(2);
  });

  it("finds the first row at or after an instant", () => {
    const times = Float64Array.of(1, 2, 2, 5);
    expect([lowerBound(times, 0), lowerBound(times, 2), lowerBound(times, 3), lowerBound(times, 9)]).toEqual([0, 1, 3, 4]);
  });
});
