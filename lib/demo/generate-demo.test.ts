import { describe, expect, it } from "vitest";
import { DATASET_KINDS, LIFECYCLE_STAGES, COST_CATEGORIES, SURVEY_KINDS, type DatasetKind } from "../domain/types";
import { CSV_COLUMNS, type CsvRow } from "./columns";
import { isReactivated, mrrByCustomer, monthlySummary } from "./demo-test-kit";
import { generateDemoCsv, generateDemoRowsByKind } from "./generate-demo";

const rows = generateDemoRowsByKind({ preset: "demo" });
const FIRST = "2024-01";
const LAST = "2026-10";
const mrr = mrrByCustomer(rows.subscriptions, FIRST, LAST);
const summary = monthlySummary(mrr, FIRST);

const KEYS: Record<DatasetKind, readonly string[]> = {
  customers: ["customer_id"],
  subscriptions: ["subscription_id"],
  lifecycle: ["customer_id", "stage", "entered_at"],
  costs: ["month", "category", "segment"],
  surveys: ["response_id"],
  tickets: ["ticket_id"],
  usage: ["customer_id", "month"],
};
const REQUIRED: Record<DatasetKind, readonly string[]> = {
  customers: ["customer_id", "name", "signup_date"],
  subscriptions: ["subscription_id", "customer_id", "amount", "start_date"],
  lifecycle: ["customer_id", "stage", "entered_at"],
  costs: ["month", "category", "amount"],
  surveys: ["response_id", "survey", "score", "responded_at"],
  tickets: ["ticket_id", "created_at"],
  usage: ["customer_id", "month", "active_users"],
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const DECIMAL = /^\d+(\.\d+)?$/;
const INTEGER = /^\d+$/;
const isRealDate = (d: string) => DATE.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;
const isInstant = (t: string) => INSTANT.test(t) && isRealDate(t.slice(0, 10)) && !Number.isNaN(Date.parse(t));
const distinct = (list: readonly CsvRow[], column: string) => new Set(list.map((r) => r[column]));

describe("demo preset", () => {
  it("is byte-for-byte deterministic, and the seed matters", () => {
    const a = generateDemoCsv({ preset: "demo" });
    const b = generateDemoCsv({ preset: "demo" });
    expect(a).toEqual(b);
    const c = generateDemoCsv({ preset: "demo", seed: 7 });
    for (const kind of DATASET_KINDS) expect(c[kind]).not.toEqual(a[kind]);
  });

  it("writes DATA.md's headers and one line per row", () => {
    const csv = generateDemoCsv({ preset: "demo" });
    for (const kind of DATASET_KINDS) {
      const lines = csv[kind].trimEnd().split("\n");
      expect(lines[0]).toBe(CSV_COLUMNS[kind].join(","));
      expect(lines.length - 1).toBe(rows[kind].length);
    }
  });

  it("covers every kind with a believable amount of data", () => {
    expect(rows.customers).toHaveLength(400);
    const segments = distinct(rows.customers, "segment");
    expect([...segments].sort()).toEqual(["", "Enterprise", "Mid-Market", "SMB"]);
    const unassigned = rows.customers.filter((c) => c.segment === "").length;
    expect(unassigned).toBeGreaterThanOrEqual(3);
    expect(unassigned).toBeLessThanOrEqual(15);
    const csms = [...distinct(rows.customers, "csm")].filter(Boolean);
    expect(csms.length).toBeGreaterThanOrEqual(5);
    expect(csms.length).toBeLessThanOrEqual(6);
    expect(distinct(rows.customers, "acquisition_channel")).toEqual(new Set(["", "referral", "outbound", "inbound", "partner", "paid"]));
    expect(distinct(rows.subscriptions, "billing_period")).toEqual(new Set(["month", "quarter", "year"]));
    expect(distinct(rows.subscriptions, "plan").size).toBeGreaterThanOrEqual(5);
    expect(summary.filter((m) => m.mrr > 0).length).toBeGreaterThanOrEqual(30);
    expect(distinct(rows.lifecycle, "stage")).toEqual(new Set(LIFECYCLE_STAGES));
    expect(distinct(rows.surveys, "survey")).toEqual(new Set(SURVEY_KINDS));
    expect(distinct(rows.costs, "category")).toEqual(new Set(COST_CATEGORIES));
    expect(distinct(rows.costs, "segment")).toEqual(new Set(["", "SMB", "Mid-Market", "Enterprise"]));
    expect(rows.surveys.some((s) => s.customer_id === "")).toBe(true);
    expect(rows.tickets.some((t) => t.customer_id === "")).toBe(true);
    expect(rows.tickets.length).toBeGreaterThan(1000);
    expect(rows.surveys.length).toBeGreaterThan(500);
    expect(rows.usage.length).toBeGreaterThan(3000);
    expect(rows.usage.some((u) => u.licensed_seats === "")).toBe(true);
    for (const value of ["true", "false", ""]) expect(rows.tickets.some((t) => t.resolved_on_first_contact === value)).toBe(true);
    expect(rows.tickets.some((t) => t.resolved_at === "")).toBe(true);
    expect(rows.tickets.some((t) => t.first_response_at === "")).toBe(true);
  });

  it("has reactivations, expansions, contractions and overlapping subscriptions", () => {
    const reactivated = [...mrr.values()].filter(isReactivated).length;
    expect(reactivated).toBeGreaterThanOrEqual(5);
    let expansions = 0;
    let contractions = 0;
    for (const s of mrr.values()) {
      for (let i = 1; i < s.length; i++) {
        if (s[i - 1] > 0 && s[i] > s[i - 1]) expansions++;
        if (s[i] > 0 && s[i] < s[i - 1]) contractions++;
      }
    }
    expect(expansions).toBeGreaterThan(50);
    expect(contractions).toBeGreaterThan(10);
    expect(rows.subscriptions.some((s) => s.plan === "Analytics Add-on")).toBe(true);
  });

  it("includes the hand-placed edge cases", () => {
    expect(rows.subscriptions.some((s) => s.end_date.endsWith("-01"))).toBe(true);
    const signup = new Map(rows.customers.map((c) => [c.customer_id, Date.parse(c.signup_date)]));
    const quickChurn = rows.lifecycle.filter(
      (e) => e.stage === "churn" && Date.parse(e.entered_at) - signup.get(e.customer_id)! < 70 * 86_400_000,
    );
    expect(quickChurn.length).toBeGreaterThanOrEqual(1);
    const upThenDown = [...mrr.values()].some((s) => {
      const up = s.findIndex((v, i) => i > 0 && s[i - 1] > 0 && v > s[i - 1]);
      return up > 0 && s.some((v, i) => i > up && v > 0 && v < s[i - 1]);
    });
    expect(upThenDown).toBe(true);
  });

  it("leaves some active customers stuck in onboarding or implementation", () => {
    const latest = new Map<string, { stage: string; at: string }>();
    for (const e of rows.lifecycle) {
      const prev = latest.get(e.customer_id);
      if (!prev || e.entered_at >= prev.at) latest.set(e.customer_id, { stage: e.stage, at: e.entered_at });
    }
    const endMs = Date.parse("2026-11-01T00:00:00Z");
    const stuck = [...latest].filter(
      ([id, e]) =>
        (e.stage === "onboarding" || e.stage === "implementation") &&
        endMs - Date.parse(e.at) > 60 * 86_400_000 &&
        mrr.get(id)![summary.length - 1] > 0,
    );
    expect(stuck.length).toBeGreaterThanOrEqual(3);
  });

  it("keeps referential integrity and unique keys", () => {
    const ids = distinct(rows.customers, "customer_id");
    for (const kind of DATASET_KINDS) {
      if (kind === "customers" || kind === "costs") continue;
      for (const row of rows[kind]) {
        if (row.customer_id === "" && (kind === "surveys" || kind === "tickets")) continue;
        expect(ids.has(row.customer_id), `${kind} ${row.customer_id}`).toBe(true);
      }
    }
    for (const kind of DATASET_KINDS) {
      const keys = rows[kind].map((r) => KEYS[kind].map((c) => r[c]).join("|"));
      expect(new Set(keys).size, kind).toBe(keys.length);
    }
  });

  it("satisfies DATA.md's row rules", () => {
    for (const kind of DATASET_KINDS) {
      for (const row of rows[kind]) {
        expect(Object.keys(row)).toEqual([...CSV_COLUMNS[kind]]);
        for (const column of REQUIRED[kind]) expect(row[column], `${kind}.${column}`).not.toBe("");
        for (const cell of Object.values(row)) expect(/^[=+\-@]/.test(cell), cell).toBe(false);
      }
    }
    const signup = new Map(rows.customers.map((c) => [c.customer_id, c.signup_date]));
    const firstStart = new Map<string, string>();
    for (const c of rows.customers) expect(isRealDate(c.signup_date)).toBe(true);
    for (const s of rows.subscriptions) {
      expect(s.amount).toMatch(DECIMAL);
      expect(isRealDate(s.start_date)).toBe(true);
      if (s.end_date) expect(isRealDate(s.end_date) && s.end_date > s.start_date, `${s.subscription_id}`).toBe(true);
      const prev = firstStart.get(s.customer_id);
      if (!prev || s.start_date < prev) firstStart.set(s.customer_id, s.start_date);
    }
    for (const [id, start] of firstStart) expect(signup.get(id)! < start).toBe(true);
    for (const e of rows.lifecycle) expect(isInstant(e.entered_at)).toBe(true);
    for (const c of rows.costs) {
      expect(c.month).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
      expect(c.amount).toMatch(DECIMAL);
    }
    const range = { nps: [0, 10], csat: [1, 5], ces: [1, 7] } as const;
    for (const s of rows.surveys) {
      expect(s.score).toMatch(INTEGER);
      const [lo, hi] = range[s.survey as keyof typeof range];
      expect(Number(s.score)).toBeGreaterThanOrEqual(lo);
      expect(Number(s.score)).toBeLessThanOrEqual(hi);
      expect(isInstant(s.responded_at)).toBe(true);
    }
    for (const t of rows.tickets) {
      expect(isInstant(t.created_at)).toBe(true);
      for (const column of ["first_response_at", "resolved_at"]) {
        if (!t[column]) continue;
        expect(isInstant(t[column])).toBe(true);
        expect(t[column] >= t.created_at).toBe(true);
      }
      expect(["low", "normal", "high", "urgent"]).toContain(t.priority);
      expect(["email", "chat", "phone"]).toContain(t.channel);
    }
    for (const u of rows.usage) {
      for (const column of ["active_users", "sessions", "features_used"]) expect(u[column]).toMatch(INTEGER);
      if (u.licensed_seats) expect(u.licensed_seats).toMatch(INTEGER);
      expect(u.avg_session_minutes).toMatch(DECIMAL);
    }
  });

  it("matches churn events to subscription churn, and usage to active months", () => {
    const ends = new Set(rows.subscriptions.filter((s) => s.end_date).map((s) => `${s.customer_id}|${s.end_date}`));
    const churns = rows.lifecycle.filter((e) => e.stage === "churn");
    expect(churns.length).toBeGreaterThan(50);
    for (const e of churns) expect(ends.has(`${e.customer_id}|${e.entered_at.slice(0, 10)}`), e.customer_id).toBe(true);
    const lo = Number(FIRST.slice(0, 4)) * 12 + Number(FIRST.slice(5)) - 1;
    for (const u of rows.usage) {
      const i = Number(u.month.slice(0, 4)) * 12 + Number(u.month.slice(5)) - 1 - lo;
      expect(mrr.get(u.customer_id)![i]).toBeGreaterThan(0);
    }
  });
});
