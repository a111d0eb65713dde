import { describe, expect, it } from "vitest";
import { channelOf, hubspotCompanies } from "./hubspot-companies";

const HEADER = [
  "Record ID",
  "Company name",
  "Company Domain Name",
  "Create Date",
  "Company owner",
  "Lifecycle Stage",
  "Original Source Type",
  "Segment",
  "Industry",
];
const context = { reportingCurrency: "usd", customerIdsByName: () => [] };
const read = (cells: string[]) => hubspotCompanies.reader(HEADER).read(cells, context);

describe("hubspot-companies", () => {
  it("reads a customer company", () => {
    expect(read(["1823", "Acme", "acme.example", "2023-11-02 15:04", "Ana Silva", "Customer", "Referrals", "SMB", "Retail"])).toEqual({
      ok: true,
      records: [
        {
          kind: "customers",
          record: {
            customerId: "1823",
            name: "Acme",
            segment: "SMB",
            plan: null,
            csm: "Ana Silva",
            acquisitionChannel: "referral",
            signupDate: "2023-11-02",
          },
        },
      ],
    });
  });

  it("skips leads and opportunities, keeps customers, evangelists and a blank stage", () => {
    expect(read(["1", "A", "", "2024-01-01", "", "Lead", "", "", ""])).toEqual({ skipped: "not-customer" });
    expect(read(["1", "A", "", "2024-01-01", "", "Opportunity", "", "", ""])).toEqual({ skipped: "not-customer" });
    expect(read(["1", "A", "", "2024-01-01", "", "evangelist", "", "", ""])).toMatchObject({ ok: true });
    expect(read(["1", "", "a.example", "2024-01-01", "", "", "", "", ""])).toMatchObject({
      ok: true,
      records: [{ record: { name: "a.example", segment: "Unassigned" } }],
    });
    expect(hubspotCompanies.skipWarning("not-customer", 2)).toContain(
      "2 companies skipped whose Lifecycle Stage is not Customer or Evangelist",
    );
  });

  it("turns source labels into channels", () => {
    expect(channelOf("Organic Search")).toBe("organic_search");
    expect(channelOf("")).toBeNull();
  });

  it("reports a blank Record ID and a bad Create Date", () => {
    expect(read(["", "A", "", "yesterday", "", "", "", "", ""])).toMatchObject({
      ok: false,
      issues: [{ column: "Record ID" }, { column: "Create Date", value: "yesterday" }],
    });
  });
});
