import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTemporaryDatabase, type KeelDb } from "../connection";
import { COMMENTED_SQL, customers, surveyResponses } from "../schema";
import { commentedResponses, commentPage } from "./survey-comments";
import { loadDatasetParts } from "./dataset-parts";
import type { Filters } from "@/lib/domain/types";
import { commentPageOf } from "@/lib/metrics/cs-lists";
import { prepareParts } from "@/lib/metrics/prepare";
import { filteredCustomerIds } from "@/lib/metrics/filters";

let db: KeelDb;
beforeEach(() => (db = openTemporaryDatabase()));
afterEach(() => db.$client.close());

const period = { from: "2024-02", to: "2024-03" };
const at = (iso: string) => Date.parse(iso);

function seed() {
  db.insert(customers)
    .values([
      { customerId: "a", name: "Acme Corp", segment: "SMB", plan: "Pro", csm: "Ana", signupDate: "2023-01-01" },
      { customerId: "b", name: "Bolt", segment: "Enterprise", plan: "Pro", csm: " Bo ", signupDate: "2023-01-01" },
      { customerId: "c", name: "Ünïcode GmbH", segment: "", plan: null, csm: null, signupDate: "2023-01-01" },
    ])
    .run();
  const row = (responseId: string, customerId: string | null, iso: string, comment: string | null, score = 5) => ({
    responseId,
    customerId,
    survey: "nps",
    score,
    respondedAt: at(iso),
    comment,
  });
  db.insert(surveyResponses)
    .values([
      row("r01", "a", "2024-01-31T23:59:59.999Z", "before the period"),
      row("r02", "a", "2024-02-01T00:00:00.000Z", "  first moment, too SLOW  ", 3),
      row("r03", "b", "2024-02-10T10:00:00.000Z", "   "),
      row("r04", "b", "2024-02-10T10:00:00.000Z", "\t\n\u00a0\u3000"),
      row("r05", "b", "2024-02-10T10:00:00.000Z", null),
      row("r07", "b", "2024-03-05T12:00:00.000Z", "great support"),
      row("r06", "a", "2024-03-05T12:00:00.000Z", "same time, lower id wins? no: r06 < r07"),
      row("r08", null, "2024-03-20T08:00:00.000Z", "anonymous and slow"),
      row("r09", "c", "2024-03-31T23:59:59.999Z", "last moment, école"),
      row("r10", "c", "2024-04-01T00:00:00.000Z", "after the period"),
      row("r11", "zz", "2024-03-10T00:00:00.000Z", "customer not imported"),
    ])
    .run();
}

const ids = (page: { comments: { response_id: string }[] }) => page.comments.map((c) => c.response_id);
const all = (q: string | null = null, customerIds: string[] | null = null) =>
  commentPage(db, { period, customerIds, q, offset: 0, limit: 100 });

describe("commentPage", () => {
  beforeEach(() => {
    db.$client.pragma("foreign_keys = OFF");
    seed();
  });

  it("keeps the period's non-blank comments, newest first, ties by response id, trimmed, with the customer's name", () => {
    const page = all();
    expect(ids(page)).toEqual(["r09", "r08", "r11", "r06", "r07", "r02"]);
    expect(page.total).toBe(6);
    expect(page.comments[5]).toEqual({
      response_id: "r02",
      customer_id: "a",
      customer_name: "Acme Corp",
      survey: "nps",
      score: 3,
      responded_at: "2024-02-01T00:00:00.000Z",
      comment: "first moment, too SLOW",
    });
    // No customer, or a customer the data does not know: no id, no name.
    expect(page.comments[1]).toMatchObject({ customer_id: null, customer_name: null });
    expect(page.comments[2]).toMatchObject({ customer_id: null, customer_name: null });
  });

  it("pages by offset and limit and always counts every match", () => {
    expect(commentPage(db, { period, customerIds: null, offset: 0, limit: 2 })).toMatchObject({ total: 6 });
    expect(ids(commentPage(db, { period, customerIds: null, offset: 0, limit: 2 }))).toEqual(["r09", "r08"]);
    expect(ids(commentPage(db, { period, customerIds: null, offset: 2, limit: 3 }))).toEqual(["r11", "r06", "r07"]);
    expect(ids(commentPage(db, { period, customerIds: null, offset: 5, limit: 3 }))).toEqual(["r02"]);
    expect(commentPage(db, { period, customerIds: null, offset: 9, limit: 3 })).toEqual({ comments: [], total: 6 });
  });

  it("filters to the given customers, dropping comments without one", () => {
    expect(ids(all(null, ["a"]))).toEqual(["r06", "r02"]);
    expect(all(null, ["b", "c"]).total).toBe(2);
    expect(all(null, [])).toEqual({ comments: [], total: 0 });
  });

  it("searches the comment and the customer's name, case-insensitively (ASCII), blank meaning everything", () => {
    expect(ids(all("slow"))).toEqual(["r08", "r02"]);
    expect(ids(all("  SLOW "))).toEqual(["r08", "r02"]);
    expect(all("slow").total).toBe(2);
    expect(ids(all("acme"))).toEqual(["r06", "r02"]);
    expect(ids(all("ACME corp"))).toEqual(["r06", "r02"]);
    expect(ids(all("slow", ["a"]))).toEqual(["r02"]);
    expect(ids(all("gmbh"))).toEqual(["r09"]);
    // The query is lowered in JavaScript: "ÉCOLE" finds "école"; SQLite's lower() folds only ASCII in the data.
    expect(ids(all("ÉCOLE"))).toEqual(["r09"]);
    expect(ids(all("ünïcode"))).toEqual([]);
    // Wildcards are plain characters.
    expect(all("%").total).toBe(0);
    expect(all("_").total).toBe(0);
    expect(all("   ").total).toBe(6);
  });

  it("matches the in-memory rule (commentRows) under each filter", () => {
    const p = prepareParts(loadDatasetParts(db));
    const filters: Filters[] = [
      { segment: null, csm: null, plan: null },
      { segment: "SMB", csm: null, plan: null },
      { segment: "Unassigned", csm: null, plan: null },
      { segment: null, csm: "Bo", plan: null },
      { segment: null, csm: null, plan: "Pro" },
    ];
    for (const f of filters) {
      const customerIds = f.segment || f.csm || f.plan ? filteredCustomerIds(p, f) : null;
      for (const [offset, limit] of [
        [0, 50],
        [1, 2],
      ]) {
        expect(commentPage(db, { period, customerIds, offset, limit })).toEqual(
          commentPageOf(p, commentedResponses(db, period), f, period, offset, limit),
        );
      }
    }
  });

  it("counts from the covering partial index alone", () => {
    const plan = db.$client
      .prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM survey_responses WHERE responded_at >= 0 AND responded_at < 1 AND ${COMMENTED_SQL}`)
      .all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join(" ")).toContain("COVERING INDEX surveys_commented_idx");
  });
});
