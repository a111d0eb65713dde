import { describe, expect, it } from "vitest";
import { metadataKey, stripeCustomers } from "./stripe-customers";

const HEADER = [
  "id",
  "Description",
  "Email",
  "Name",
  "Created (UTC)",
  "segment (metadata)",
  "CSM (metadata)",
  "Acquisition Channel (metadata)",
  "region (metadata)",
];
const context = { reportingCurrency: "usd", customerIdsByName: () => [] };
const read = (cells: string[]) => stripeCustomers.reader(HEADER).read(cells, context);

describe("stripe-customers", () => {
  it("reads id, name, signup date and the metadata that names a Keel customer column", () => {
    expect(read(["cus_1", "note", "a@x.example", "Acme", "2024-01-31 23:59", "SMB", "Ana", "referral", "EU"])).toEqual({
      ok: true,
      records: [
        {
          kind: "customers",
          record: {
            customerId: "cus_1",
            name: "Acme",
            segment: "SMB",
            plan: null,
            csm: "Ana",
            acquisitionChannel: "referral",
            signupDate: "2024-01-31",
          },
        },
      ],
    });
  });

  it("names by Name, else Email, else the id; a blank segment is Unassigned", () => {
    expect(read(["cus_1", "", "a@x.example", "", "2024-01-01 00:00", "", "", "", ""])).toMatchObject({
      ok: true,
      records: [{ record: { name: "a@x.example", segment: "Unassigned" } }],
    });
    expect(read(["cus_1", "", "", "", "2024-01-01 00:00", "", "", "", ""])).toMatchObject({
      ok: true,
      records: [{ record: { name: "cus_1" } }],
    });
  });

  it("reports a missing id or a bad Created", () => {
    expect(read(["", "", "", "", "31/01/2024", "", "", "", ""])).toMatchObject({
      ok: false,
      issues: [{ column: "id" }, { column: "Created (UTC)", value: "31/01/2024" }],
    });
  });

  it("keys metadata as Keel reads headers", () => {
    expect(metadataKey("Acquisition Channel (metadata)")).toBe("acquisition_channel");
    expect(metadataKey("segment (metadata)")).toBe("segment");
  });
});
