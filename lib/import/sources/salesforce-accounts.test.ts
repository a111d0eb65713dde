import { describe, expect, it } from "vitest";
import { accountSourceChannel, salesforceAccounts } from "./salesforce-accounts";

const HEADER = ["Id", "IsDeleted", "Name", "Type", "OwnerId", "Owner.Name", "CreatedDate", "AccountSource", "Segment__c"];
const context = { reportingCurrency: "usd", customerIdsByName: () => [] };
const read = (cells: string[]) => salesforceAccounts.reader(HEADER).read(cells, context);

describe("salesforce-accounts", () => {
  it("reads a customer account", () => {
    expect(
      read(["001A", "false", "Acme", "Customer - Direct", "005A", "Ana Silva", "2023-11-02T23:30:00.000-0500", "Partner Referral", "SMB"]),
    ).toEqual({
      ok: true,
      records: [
        {
          kind: "customers",
          // 23:30 at UTC-5 is 04:30 UTC the next day.
          record: {
            customerId: "001A",
            name: "Acme",
            segment: "SMB",
            plan: null,
            csm: "Ana Silva",
            acquisitionChannel: "referral",
            signupDate: "2023-11-03",
          },
        },
      ],
    });
  });

  it("skips deleted accounts and accounts that are not customers", () => {
    expect(read(["001A", "true", "Acme", "", "005A", "", "2024-01-01T00:00:00.000Z", "", ""])).toEqual({ skipped: "deleted" });
    expect(read(["001A", "false", "Acme", "Prospect", "005A", "", "2024-01-01T00:00:00.000Z", "", ""])).toEqual({
      skipped: "not-customer",
    });
    expect(read(["001A", "false", "Acme", "", "005A", "", "2024-01-01T00:00:00.000Z", "", ""])).toMatchObject({
      ok: true,
      records: [{ record: { segment: "Unassigned", csm: null } }],
    });
    expect(salesforceAccounts.skipWarning("not-customer", 1)).toBe(
      "1 account skipped whose Type is not Customer (prospects and partners are not customers).",
    );
  });

  it("turns Account Source into a channel", () => {
    expect(accountSourceChannel("Phone Inquiry")).toBe("phone_inquiry");
    expect(accountSourceChannel("Employee Referral")).toBe("referral");
  });

  it("reports a bad CreatedDate", () => {
    expect(read(["001A", "false", "Acme", "", "005A", "", "2/1/2024", "", ""])).toMatchObject({
      ok: false,
      issues: [{ column: "CreatedDate", value: "2/1/2024" }],
    });
  });
});
