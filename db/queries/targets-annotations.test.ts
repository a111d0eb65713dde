import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTemporaryDatabase, type KeelDb } from "../connection";
import { importCsv } from "../imports/import-csv";
import { undoImport } from "../imports/undo-import";
import { getMetrics } from "./metrics";
import type { DataKind } from "@/lib/domain/types";

let db: KeelDb;
beforeEach(() => (db = openTemporaryDatabase()));
afterEach(() => db.$client.close());

const load = (kind: DataKind, input: string) => importCsv(db, { kind, fileName: `${kind}.csv`, userEmail: null, input });
const NO_FILTERS = { segment: null, csm: null, plan: null };

const TARGETS = "month,metric,segment,value\n2024-02,MRR,,9000\n2024-02,mrr,SMB,4000\n2024-03,net-mrr-churn-pct,,-1.5\n2025-01,arr,,1\n";
const ANNOTATIONS = "Date,Label,Segment\n2024-03-31,Price change,\n2024-01-01,SSO launched,Enterprise\n2023-12-31,Too early,\n";

describe("targets and annotations kinds", () => {
  it("import without customers, and GET /api/metrics lists the ones in the period and segment", async () => {
    expect(await load("targets", TARGETS)).toMatchObject({ ok: true, result: { kind: "targets", rows_read: 4, inserted: 4 } });
    expect(await load("annotations", ANNOTATIONS)).toMatchObject({ ok: true, result: { inserted: 3 } });
    expect(await load("customers", "customer_id,name,segment,signup_date\nC-1,Acme,SMB,2024-01-01\n")).toMatchObject({ ok: true });
    expect(await load("subscriptions", "subscription_id,customer_id,amount,start_date\nS-1,C-1,100,2024-01-01\n")).toMatchObject({
      ok: true,
    });

    const all = getMetrics(db, { from: "2024-01", to: "2024-03", filters: NO_FILTERS })!;
    expect(all.targets).toEqual([
      { month: "2024-02", metric: "mrr", segment: null, value: 9000 },
      { month: "2024-02", metric: "mrr", segment: "SMB", value: 4000 },
      { month: "2024-03", metric: "net_mrr_churn_pct", segment: null, value: -1.5 },
    ]);
    expect(all.annotations).toEqual([
      { date: "2024-01-01", label: "SSO launched", segment: "Enterprise" },
      { date: "2024-03-31", label: "Price change", segment: null },
    ]);
    const smb = getMetrics(db, { from: "2024-01", to: "2024-03", filters: { ...NO_FILTERS, segment: "SMB" } })!;
    expect(smb.targets).toEqual([{ month: "2024-02", metric: "mrr", segment: "SMB", value: 4000 }]);
    expect(smb.annotations.map((a) => a.label)).toEqual(["Price change"]);
  });

  it("update by key on re-import and undo restores the previous values", async () => {
    await load("targets", TARGETS);
    const second = await load("targets", "month,metric,segment,value\n2024-02,mrr,,9500\n2024-02,mrr,SMB,4000\n");
    expect(second).toMatchObject({ ok: true, result: { inserted: 0, updated: 1, unchanged: 1 } });
    const read = () => db.$client.prepare("SELECT month, metric, segment, value FROM targets ORDER BY 1, 2, 3").all();
    expect(read()).toContainEqual({ month: "2024-02", metric: "mrr", segment: "", value: 9500 });
    if (!second.ok) throw new Error(second.error);
    expect(undoImport(db, second.result.import_id)).toMatchObject({ ok: true });
    expect(read()).toContainEqual({ month: "2024-02", metric: "mrr", segment: "", value: 9000 });
  });

  it("refuses a metric that is not a summary field, listing the valid names", async () => {
    const outcome = await load("targets", "month,metric,value\n2024-02,revenue_growth,5\n2024-02,mrr,1e400\n");
    expect(outcome).toMatchObject({ ok: false, status: 422, error_count: 2 });
    if (outcome.ok) return;
    expect(outcome.errors[0]).toMatchObject({ row: 2, column: "metric", value: "revenue_growth" });
    expect(outcome.errors[0].message).toMatch(
      /^metric: 'revenue_growth' is not a metric Keel reports; use a field name of the API's summary: mrr, arr, active_customers, .*, arr_at_risk$/,
    );
    expect(outcome.errors[1]).toMatchObject({ row: 3, column: "value" });
  });

  it("names both rows of a repeated annotation date and label", async () => {
    const outcome = await load("annotations", "date,label,segment\n2024-01-01,Launch,\n2024-01-01,Launch,SMB\n");
    expect(outcome).toMatchObject({
      ok: false,
      errors: [{ row: 3, column: "date + label", message: expect.stringMatching(/rows 2 and 3/) }],
    });
  });
});
