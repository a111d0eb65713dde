import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_KINDS } from "../../domain/types";
import { columnNames } from "../columns";
import { findPreset, PRESET_IDS, recognisePreset } from "./presets";

const header = (file: string) => fs.readFileSync(path.join(__dirname, "samples", file), "utf8").split("\n")[0].split(",");

describe("source presets", () => {
  it("recognises each sample file from its header", () => {
    expect(recognisePreset(header("stripe-subscriptions.csv"))?.id).toBe("stripe-subscriptions");
    expect(recognisePreset(header("stripe-customers.csv"))?.id).toBe("stripe-customers");
    expect(recognisePreset(header("zendesk-tickets.csv"))?.id).toBe("zendesk-tickets");
    expect(recognisePreset(header("hubspot-companies.csv"))?.id).toBe("hubspot-companies");
  });

  it("recognises a header whatever its case and spacing, with Start Date (UTC) for Start (UTC)", () => {
    const h = header("stripe-subscriptions.csv").map((c) => (c === "Start (UTC)" ? " START DATE (utc) " : c.toUpperCase()));
    expect(recognisePreset(h)?.id).toBe("stripe-subscriptions");
  });

  it("does not take Keel's own templates, or a Stripe export missing a required column, for a preset", () => {
    for (const kind of DATA_KINDS) expect(recognisePreset(columnNames(kind))).toBeNull();
    expect(recognisePreset(header("stripe-subscriptions.csv").filter((c) => c !== "Ended At (UTC)"))?.id).not.toBe("stripe-subscriptions");
  });

  it("finds presets by id, case-insensitively", () => {
    expect(PRESET_IDS).toEqual(["stripe-subscriptions", "stripe-customers", "zendesk-tickets", "hubspot-companies"]);
    expect(findPreset(" Stripe-Customers ")?.mainKind).toBe("customers");
    expect(findPreset("chargebee")).toBeNull();
  });
});
