import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_KINDS } from "../../domain/types";
import { columnNames } from "../columns";
import { findPreset, PRESET_IDS, recognisePreset } from "./presets";

const header = (file: string) =>
  fs
    .readFileSync(path.join(__dirname, "samples", file), "utf8")
    .split("\n")[0]
    .split(",");

describe("source presets", () => {
  it("recognises each sample file from its header", () => {
    expect(recognisePreset(header("stripe-subscriptions.csv"))?.id).toBe("stripe-subscriptions");
    expect(recognisePreset(header("stripe-customers.csv"))?.id).toBe("stripe-customers");
    expect(recognisePreset(header("zendesk-tickets.csv"))?.id).toBe("zendesk-tickets");
    expect(recognisePreset(header("freshdesk-tickets.csv"))?.id).toBe("freshdesk-tickets");
    expect(recognisePreset(header("hubspot-companies.csv"))?.id).toBe("hubspot-companies");
    expect(recognisePreset(header("salesforce-accounts.csv").map((h) => h.replace(/"/g, "")))?.id).toBe("salesforce-accounts");
  });

  it("recognises a header whatever its case and spacing, with Start Date (UTC) for Start (UTC)", () => {
    const h = header("stripe-subscriptions.csv").map((c) => (c === "Start (UTC)" ? " START DATE (utc) " : c.toUpperCase()));
    expect(recognisePreset(h)?.id).toBe("stripe-subscriptions");
  });

  it("does not take Keel's own templates, or a Stripe export missing a required column, for a preset", () => {
    for (const kind of DATA_KINDS) expect(recognisePreset(columnNames(kind))).toBeNull();
    expect(recognisePreset(header("stripe-subscriptions.csv").filter((c) => c !== "Interval"))?.id).not.toBe("stripe-subscriptions");
    const minimal = ["id", "Customer ID", "Currency", "Interval", "Amount", "Status", "Start Date (UTC)"];
    expect(recognisePreset(minimal)?.id).toBe("stripe-subscriptions");
  });

  it("finds presets by id, case-insensitively", () => {
    expect(PRESET_IDS).toEqual([
      "stripe-subscriptions",
      "stripe-customers",
      "zendesk-tickets",
      "freshdesk-tickets",
      "hubspot-companies",
      "salesforce-accounts",
    ]);
    expect(findPreset(" Stripe-Customers ")?.mainKind).toBe("customers");
    expect(findPreset("chargebee")).toBeNull();
  });
});
