/** Believability: the numbers a CEO would look at first, printed and held to plausible ranges. */
import { describe, expect, it } from "vitest";
import { COST_TO_SERVE_CATEGORIES, type CostCategory } from "../domain/types";
import { monthlySummary, mrrByCustomer } from "./demo-test-kit";
import { generateDemoRowsByKind } from "./generate-demo";

const FIRST = "2024-01";
const rows = generateDemoRowsByKind({ preset: "demo" });
const mrr = mrrByCustomer(rows.subscriptions, FIRST, "2026-10");
const summary = monthlySummary(mrr, FIRST);
const segmentOf = new Map(rows.customers.map((c) => [c.customer_id, c.segment]));
const n = summary.length;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

describe("demo data set sanity", () => {
  it("grows MRR like a Series-A B2B SaaS with 1.5-3% monthly logo churn", () => {
    const table = [0, 6, 12, 18, 24, 30, n - 1].map((i) => summary[i]);
    console.log(
      "month     MRR        active  churned  reactivated  logo churn %\n" +
        table
          .map(
            (m) =>
              `${m.month}  ${m.mrr.toFixed(0).padStart(8)}  ${String(m.active).padStart(6)}  ${String(m.churned).padStart(7)}  ${String(m.reactivated).padStart(11)}  ${m.logoChurn?.toFixed(1) ?? "—"}`,
          )
          .join("\n"),
    );
    const end = summary[n - 1];
    expect(end.mrr).toBeGreaterThan(250_000);
    expect(end.mrr).toBeLessThan(700_000);
    expect(end.mrr).toBeGreaterThan(3 * summary[6].mrr);
    expect(end.active).toBeGreaterThan(200);
    const churn = mean(summary.slice(1).map((m) => m.logoChurn ?? 0));
    console.log(
      `mean monthly logo churn ${churn.toFixed(2)}%, ARPA at end ${(end.mrr / end.active).toFixed(0)}, ARR ${(end.mrr * 12).toFixed(0)}`,
    );
    expect(churn).toBeGreaterThan(1.5);
    expect(churn).toBeLessThan(3.2);

    const bySegment: Record<string, { churned: number; exposure: number }> = {};
    for (const [id, s] of mrr) {
      const seg = segmentOf.get(id) || "Unassigned";
      const b = (bySegment[seg] ??= { churned: 0, exposure: 0 });
      for (let i = 1; i < s.length; i++) {
        if (s[i - 1] > 0) b.exposure++;
        if (s[i - 1] > 0 && s[i] === 0) b.churned++;
      }
    }
    const rate = (seg: string) => (bySegment[seg].churned / bySegment[seg].exposure) * 100;
    console.log(
      `logo churn by segment: ${Object.keys(bySegment)
        .map((s) => `${s} ${rate(s).toFixed(2)}%`)
        .join(", ")}`,
    );
    expect(rate("SMB")).toBeGreaterThan(rate("Mid-Market"));
    expect(rate("Mid-Market")).toBeGreaterThan(rate("Enterprise"));
  });

  it("keeps the cost-to-carry ratio around 15-35%, varying by segment", () => {
    const last12 = summary.slice(n - 12).map((m) => m.month);
    const segments = ["SMB", "Mid-Market", "Enterprise", "Unassigned"];
    const revenue: Record<string, number> = {};
    const active: Record<string, Record<string, number>> = {};
    for (const [id, s] of mrr) {
      const seg = segmentOf.get(id) || "Unassigned";
      for (let i = n - 12; i < n; i++) {
        revenue[seg] = (revenue[seg] ?? 0) + s[i];
        if (s[i] > 0) (active[summary[i].month] ??= {})[seg] = (active[summary[i].month][seg] ?? 0) + 1;
      }
    }
    const cost: Record<string, number> = {};
    for (const c of rows.costs) {
      if (!last12.includes(c.month) || !COST_TO_SERVE_CATEGORIES.includes(c.category as CostCategory)) continue;
      if (c.segment) cost[c.segment] = (cost[c.segment] ?? 0) + Number(c.amount);
      else {
        const counts = active[c.month];
        const total = segments.reduce((a, s) => a + (counts[s] ?? 0), 0);
        for (const s of segments) cost[s] = (cost[s] ?? 0) + (Number(c.amount) * (counts[s] ?? 0)) / total;
      }
    }
    const ratio = (s: string) => (cost[s] / revenue[s]) * 100;
    const overall = (segments.reduce((a, s) => a + cost[s], 0) / segments.reduce((a, s) => a + revenue[s], 0)) * 100;
    console.log(
      `cost-to-carry (last 12 months): ${segments.map((s) => `${s} ${ratio(s).toFixed(1)}%`).join(", ")}, overall ${overall.toFixed(1)}%`,
    );
    expect(overall).toBeGreaterThan(15);
    expect(overall).toBeLessThan(35);
    for (const s of ["SMB", "Mid-Market", "Enterprise"]) {
      expect(ratio(s)).toBeGreaterThan(10);
      expect(ratio(s)).toBeLessThan(45);
    }
  });

  it("makes churners unhappier and less engaged before they leave", () => {
    const churners = new Set(rows.lifecycle.filter((e) => e.stage === "churn").map((e) => e.customer_id));
    const nps = (pick: (id: string) => boolean) => {
      const scores = rows.surveys.filter((s) => s.survey === "nps" && s.customer_id && pick(s.customer_id)).map((s) => Number(s.score));
      const promoters = scores.filter((s) => s >= 9).length;
      const detractors = scores.filter((s) => s <= 6).length;
      return ((promoters - detractors) / scores.length) * 100;
    };
    const all = nps(() => true);
    const churned = nps((id) => churners.has(id));
    const stayed = nps((id) => !churners.has(id));
    const csat = rows.surveys.filter((s) => s.survey === "csat");
    const ces = rows.surveys.filter((s) => s.survey === "ces");
    const csatPct = (csat.filter((s) => Number(s.score) >= 4).length / csat.length) * 100;
    const cesMean = mean(ces.map((s) => Number(s.score)));
    console.log(
      `NPS ${all.toFixed(0)} (churners ${churned.toFixed(0)}, others ${stayed.toFixed(0)}); CSAT ${csatPct.toFixed(0)}%; CES ${cesMean.toFixed(2)}`,
    );
    expect(all).toBeGreaterThan(10);
    expect(all).toBeLessThan(60);
    expect(churned).toBeLessThan(stayed - 15);
    expect(csatPct).toBeGreaterThan(65);
    expect(cesMean).toBeLessThan(4);

    // Adoption (active users / seats) in a churner's last paid month vs four months earlier.
    const usage = new Map<string, { month: string; ratio: number }[]>();
    for (const u of rows.usage) {
      if (!u.licensed_seats) continue;
      const list = usage.get(u.customer_id) ?? [];
      list.push({ month: u.month, ratio: Number(u.active_users) / Number(u.licensed_seats) });
      usage.set(u.customer_id, list);
    }
    const drops: number[] = [];
    for (const id of churners) {
      const list = usage.get(id);
      if (!list || list.length < 6) continue;
      const churnMonth = rows.lifecycle.find((e) => e.customer_id === id && e.stage === "churn")!.entered_at.slice(0, 7);
      const before = list.filter((u) => u.month < churnMonth);
      if (before.length < 6) continue;
      drops.push(before[before.length - 5].ratio - before[before.length - 1].ratio);
    }
    console.log(`churners' adoption fell by ${(mean(drops) * 100).toFixed(0)} points over their last 4 paid months (n=${drops.length})`);
    expect(mean(drops)).toBeGreaterThan(0.1);
  });
});
