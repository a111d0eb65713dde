import { describe, expect, it } from "vitest";
import { describeMissingColumns, detectKind, matchHeader, normalizeHeaderName } from "./header";

describe("header names", () => {
  it("trims, lowercases, and treats spaces and dashes as underscores; accepts a BOM", () => {
    expect(normalizeHeaderName(" Customer ID ")).toBe("customer_id");
    expect(normalizeHeaderName("customer-id")).toBe("customer_id");
    expect(normalizeHeaderName("\uFEFFcustomer_id")).toBe("customer_id");
    expect(normalizeHeaderName("Acquisition  Channel")).toBe("acquisition_channel");
  });

  it("reports matched, missing and unknown columns", () => {
    const m = matchHeader("customers", ["Customer ID", "Name", "Favourite colour"]);
    expect(m.matched).toEqual(["customer_id", "name"]);
    expect(m.missing).toEqual(["signup_date"]);
    expect(m.unknown).toEqual(["Favourite colour"]);
  });
});

describe("kind detection", () => {
  it("recognises every kind from its template header", () => {
    expect(detectKind(["customer_id", "name", "signup_date"])).toBe("customers");
    expect(detectKind(["subscription_id", "customer_id", "amount", "start_date"])).toBe("subscriptions");
    expect(detectKind(["customer_id", "stage", "entered_at"])).toBe("lifecycle");
    expect(detectKind(["month", "category", "amount"])).toBe("costs");
    expect(detectKind(["response_id", "survey", "score", "responded_at"])).toBe("surveys");
    expect(detectKind(["ticket_id", "created_at"])).toBe("tickets");
    expect(detectKind(["customer_id", "month", "active_users"])).toBe("usage");
    expect(detectKind(["month", "metric", "segment", "value"])).toBe("targets");
    expect(detectKind(["date", "label"])).toBe("annotations");
    expect(detectKind(["foo", "bar"])).toBeNull();
  });

  it("says which kind a wrong-kind header looks like", () => {
    const header = ["subscription_id", "customer_id", "amount", "start_date"];
    expect(describeMissingColumns(matchHeader("customers", header), header)).toBe(
      "The file has no name, signup_date columns, which customers files need. This looks like a subscriptions file; choose the subscriptions kind.",
    );
  });
});
