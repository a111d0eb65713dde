import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { addMonths, indexToMonth, monthRange, monthToIndex } from "@/lib/domain/months";
import { customerMrrHistory } from "./customer-mrr";
import { filterCustomers } from "./filters";
import { monthMovements } from "./movements";
import { mrrColumn, sumUnits, toMrr } from "./mrr";
import { NO_FILTERS, prepare } from "./test-fixtures";

interface Row {
  subscription_id: string;
  customer_id: string;
  start_date: string;
  end_date: string;
  monthly_amount: string;
}

const rows: Row[] = parse(readFileSync(new URL("./fixtures/dbt-mrr-playbook-subscription-periods.csv", import.meta.url), "utf8"), {
  columns: true,
  skip_empty_lines: true,
  trim: true,
});

const p = prepare({
  subscriptions: rows.map((r) => ({
    subscriptionId: r.subscription_id,
    customerId: r.customer_id,
    plan: null,
    amount: Number(r.monthly_amount),
    billingPeriod: "month" as const,
    startDate: r.start_date,
    endDate: r.end_date === "" ? null : r.end_date,
  })),
});
const all = filterCustomers(p, NO_FILTERS);
const months = monthRange("2018-02", indexToMonth(p.latestMonth!));

function movementOf(customerId: string, month: string) {
  const row = customerMrrHistory(p, customerId)!.find((h) => h.month === month)!;
  return row.movement === null ? null : [row.movement, row.amount];
}

/** A plain reading of the playbook: month strings, first-of-month dates, end exclusive. */
function referenceMovements(customerId: string): Map<string, [string, number] | null> {
  const subs = rows.filter((r) => r.customer_id === customerId);
  const mrrAt = (m: string) =>
    subs
      .filter((s) => s.start_date.slice(0, 7) <= m && (s.end_date === "" || s.end_date.slice(0, 7) > m))
      .reduce((a, s) => a + Number(s.monthly_amount), 0);
  const axis = monthRange("2017-01", months[months.length - 1]);
  const first = axis.find((m) => mrrAt(m) > 0);
  const out = new Map<string, [string, number] | null>();
  for (const m of months) {
    const prev = mrrAt(addMonths(m, -1));
    const cur = mrrAt(m);
    if (prev === 0 && cur > 0) out.set(m, [m === first ? "new" : "reactivation", cur]);
    else if (prev > 0 && cur === 0) out.set(m, ["churn", prev]);
    else if (prev > 0 && cur > prev) out.set(m, ["expansion", cur - prev]);
    else if (prev > 0 && cur < prev) out.set(m, ["contraction", prev - cur]);
    else out.set(m, null);
  }
  return out;
}

describe("dbt mrr-playbook subscription periods as monthly subscriptions", () => {
  it("ends its axis with the last end_date month", () => {
    expect(months[months.length - 1]).toBe("2020-02");
  });

  it.each([
    ["7", "2018-02", ["expansion", 15]],
    ["6", "2018-05", ["new", 35]],
    ["6", "2018-06", ["expansion", 30]],
    ["9", "2018-06", ["contraction", 10]],
    ["10", "2018-04", ["new", 80]],
    ["10", "2018-05", ["churn", 80]],
    ["10", "2018-09", ["reactivation", 50]],
    ["10", "2018-10", ["contraction", 25]],
    ["10", "2019-04", ["expansion", 25]],
    ["10", "2019-12", ["expansion", 10]],
    ["10", "2020-01", ["churn", 35]],
    ["1", "2018-11", ["new", 50]],
    ["1", "2018-12", null],
    ["1", "2019-02", ["churn", 50]],
    ["1", "2019-03", null],
    ["1", "2019-04", ["reactivation", 50]],
    ["1", "2019-06", ["expansion", 25]],
    ["1", "2019-08", ["churn", 75]],
    ["5", "2018-12", ["contraction", 25]],
    ["5", "2019-03", ["churn", 25]],
    ["5", "2019-07", ["reactivation", 50]],
    ["5", "2019-09", ["expansion", 25]],
    ["5", "2019-12", ["expansion", 15]],
    ["5", "2020-01", ["churn", 40]],
    ["8", "2019-04", ["new", 65]],
    ["8", "2019-05", null],
    ["8", "2019-12", ["churn", 65]],
    ["11", "2018-10", ["expansion", 20]],
    ["14", "2019-08", null],
    ["14", "2019-10", ["contraction", 25]],
    ["15", "2019-03", null],
    ["17", "2019-09", ["contraction", 5]],
    ["17", "2019-11", ["expansion", 35]],
    ["17", "2020-01", ["churn", 95]],
    ["18", "2018-12", ["contraction", 40]],
    ["18", "2019-12", ["churn", 50]],
    ["22", "2019-08", ["churn", 35]],
    ["27", "2019-08", ["contraction", 5]],
    ["39", "2019-11", ["new", 35]],
    ["39", "2019-12", ["churn", 35]],
    ["51", "2020-01", ["new", 50]],
    ["51", "2020-02", ["churn", 50]],
  ])("customer %s in %s", (customerId, month, expected) => {
    expect(movementOf(customerId, month)).toEqual(expected);
  });

  it("matches the plain reading for every customer-month from 2018-02", () => {
    for (const id of new Set(rows.map((r) => r.customer_id))) {
      const expected = referenceMovements(id);
      for (const m of months) expect([id, m, movementOf(id, m)]).toEqual([id, m, expected.get(m)]);
    }
  });

  it("keeps the identity every month", () => {
    for (const m of months) {
      const i = monthToIndex(m);
      const mv = monthMovements(p.mrr, all, i);
      const prev = sumUnits(mrrColumn(p.mrr, i - 1), all).units;
      const cur = sumUnits(mrrColumn(p.mrr, i), all).units;
      expect(cur).toBe(prev + mv.new.units + mv.reactivation.units + mv.expansion.units - mv.contraction.units - mv.churn.units);
    }
  });

  it("totals 2020-01 and 2020-02 by hand", () => {
    // customers 51, 53, 54 and 55 start on 2020-01-01 (50 + 50 + 25 + 50) and end on 2020-02-01
    const jan = monthMovements(p.mrr, all, monthToIndex("2020-01"));
    expect([jan.new.customers, toMrr(jan.new.units)]).toEqual([4, 175]);
    const feb = monthMovements(p.mrr, all, monthToIndex("2020-02"));
    expect([feb.churn.customers, toMrr(feb.churn.units)]).toEqual([4, 175]);
    expect(toMrr(sumUnits(mrrColumn(p.mrr, monthToIndex("2020-02")), all).units)).toBe(0);
  });
});
