import { beforeAll, describe, expect, it, vi } from "vitest";
import { openTemporaryDatabase, type KeelDb } from "../connection";
import { importCsv } from "../imports/import-csv";
import { loadDatasetParts } from "./dataset-parts";
import { commentedResponses } from "./survey-comments";
import { generateDemoCsv } from "@/lib/demo/generate-demo";
import { DATASET_KINDS, DEFAULT_HEALTH_SETTINGS } from "@/lib/domain/types";
import { parseCustomersQuery } from "@/lib/api/customers-query";
import { computeCsDashboard } from "@/lib/metrics/cs-dashboard";
import type { CsListQuery, CsListResponse } from "@/lib/api/cs-list-query";
import { CS_FIRST_LIST_ROWS, commentPageOf } from "@/lib/metrics/cs-lists";
import { customerList } from "@/lib/metrics/customer-list";
import { computeExecutive } from "@/lib/metrics/executive";
import { computeMetrics } from "@/lib/metrics/compute-metrics";
import { prepareParts } from "@/lib/metrics/prepare";

vi.mock("server-only", () => ({}));
const { getCsAtRisk, getCsDashboard, getCsRenewals } = await import("./cs");
const { getCustomerList } = await import("./customers");
const { getExecutive } = await import("./executive");
const { getMetrics } = await import("./metrics");
const { markReviewed } = await import("./reviews");

const NO_FILTER = { segment: null, csm: null, plan: null };
const PERIOD = { from: "2025-11", to: "2026-10" };
let db: KeelDb;

beforeAll(async () => {
  db = openTemporaryDatabase();
  const files = generateDemoCsv({ preset: "demo" });
  for (const kind of DATASET_KINDS) {
    const outcome = await importCsv(db, { kind, fileName: `${kind}.csv`, userEmail: null, input: files[kind] });
    if (!outcome.ok) throw new Error(`${kind}: ${outcome.error}`);
  }
});

/** The cached views against a fresh computation from a fresh load: the cache may never change a number. */
describe("views cached per data version", () => {
  it("answer exactly what a fresh computation answers, for every view and a filter", () => {
    const fresh = prepareParts(loadDatasetParts(db));
    const drill = parseCustomersQuery(new URLSearchParams("status=active&sort=mrr"));
    if (!drill.ok) throw new Error(drill.message);
    for (const filters of [NO_FILTER, { ...NO_FILTER, segment: "SMB" }]) {
      const query = { ...PERIOD, filters };
      for (let pass = 0; pass < 2; pass++) {
        const metrics = getMetrics(db, query)!;
        expect(JSON.stringify({ ...metrics, targets: undefined, annotations: undefined })).toBe(
          JSON.stringify({
            ...computeMetrics(fresh, PERIOD, filters, DEFAULT_HEALTH_SETTINGS),
            targets: undefined,
            annotations: undefined,
          }),
        );
        expect(JSON.stringify(getExecutive(db, query))).toBe(
          JSON.stringify(computeExecutive(fresh, PERIOD, filters, DEFAULT_HEALTH_SETTINGS)),
        );
        const cs = computeCsDashboard(
          fresh,
          PERIOD,
          filters,
          DEFAULT_HEALTH_SETTINGS,
          commentPageOf(fresh, commentedResponses(db, PERIOD), filters, PERIOD),
        );
        const csExpected = {
          ...cs,
          renewals: cs.renewals.slice(0, CS_FIRST_LIST_ROWS),
          at_risk: cs.at_risk.slice(0, CS_FIRST_LIST_ROWS).map((r) => ({ ...r, review: null })),
        };
        expect(JSON.stringify(getCsDashboard(db, query))).toBe(JSON.stringify(csExpected));
        // The pages of the two lists, one after another, are the whole lists.
        const pages = <T>(get: (q: CsListQuery) => CsListResponse<T> | null) => {
          const rows: T[] = [];
          for (let offset = 0; ; offset += 7) {
            const page = get({ ...query, offset, limit: 7 })!;
            rows.push(...page.rows);
            if (offset + 7 >= page.total) return { rows, total: page.total };
          }
        };
        expect(JSON.stringify(pages((q) => getCsRenewals(db, q)))).toBe(JSON.stringify({ rows: cs.renewals, total: cs.renewals_total }));
        expect(JSON.stringify(pages((q) => getCsAtRisk(db, q)))).toBe(
          JSON.stringify({ rows: cs.at_risk.map((r) => ({ ...r, review: null })), total: cs.at_risk_total }),
        );
        const list = customerList(fresh, PERIOD, filters, DEFAULT_HEALTH_SETTINGS, drill.value.drill);
        const listExpected = { ...list, customers: list.customers.map((r) => ({ ...r, review: null })) };
        expect(JSON.stringify(getCustomerList(db, { ...drill.value, ...PERIOD, filters }))).toBe(JSON.stringify(listExpected));
      }
    }
  });

  it("show a new review at once, without changing the cached view", () => {
    const query = { ...PERIOD, filters: NO_FILTER };
    const before = getCsDashboard(db, query)!;
    const id = before.at_risk[0].customer_id;
    markReviewed(db, id, { id: "u1", name: "Ana", email: "ana@keel.test" }, Date.UTC(2026, 10, 1));
    const after = getCsDashboard(db, query)!;
    expect(after.at_risk[0].review?.reviewed_by).toBe("Ana");
    expect(before.at_risk[0].review).toBeNull();
    const list = getCustomerList(db, { ...parseCustomersQueryOk(`q=${id}`), ...PERIOD, filters: NO_FILTER })!;
    expect(list.customers[0].review?.reviewed_by).toBe("Ana");
  });

  it("are computed again after an import", async () => {
    const query = { ...PERIOD, filters: NO_FILTER };
    const first = getExecutive(db, query);
    expect(getExecutive(db, query)).toBe(first);
    const outcome = await importCsv(db, {
      kind: "costs",
      fileName: "costs.csv",
      userEmail: null,
      input: generateDemoCsv({ preset: "demo" }).costs,
    });
    expect(outcome.ok).toBe(true);
    const second = getExecutive(db, query);
    expect(second).not.toBe(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });
});

function parseCustomersQueryOk(qs: string) {
  const parsed = parseCustomersQuery(new URLSearchParams(qs));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}
