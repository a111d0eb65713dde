import { UNASSIGNED_SEGMENT } from "../../domain/types";
import { RowIssues, utcDate } from "./source-cells";
import { cell, SourceColumns, type SourceOutcome, type SourcePreset } from "./source-format";

/** Salesforce's Account Source picklist as a Keel channel: `Partner Referral` -> `referral`, `Phone Inquiry` -> `phone_inquiry`. */
export function accountSourceChannel(source: string): string | null {
  const v = source
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  if (v === "") return null;
  return v.includes("referral") ? "referral" : v;
}

/** Blank Type is read as a customer; Prospect, partners and Other are not customers. */
const isCustomerType = (type: string) => type === "" || type.toLowerCase().startsWith("customer");

export const salesforceAccounts: SourcePreset = {
  id: "salesforce-accounts",
  label: "Salesforce accounts export",
  mainKind: "customers",
  writes: [{ kind: "customers", mode: "upsert" }],
  required: [["id"], ["name"], ["createddate"], ["ownerid"]],
  skipWarning: (reason, count) => {
    const rows = count === 1 ? "1 account" : `${count} accounts`;
    if (reason === "deleted") return `${rows} skipped that Salesforce marks as deleted (IsDeleted).`;
    if (reason === "not-customer") return `${rows} skipped whose Type is not Customer (prospects and partners are not customers).`;
    return `${rows} skipped (${reason}).`;
  },
  readings: [
    "The Account.csv of Salesforce's Data Export or a Data Loader export, with API names: customer_id = Id; name = Name; signup_date = the date (UTC) of CreatedDate.",
    "csm = Owner.Name when exported (an owner id alone is not a name); segment = Segment__c when the org has that field; acquisition_channel = AccountSource (any kind of referral = referral).",
    "Accounts with IsDeleted true, or whose Type is set and does not start with Customer (Prospect, partners, Other), are skipped and counted in a warning.",
  ],
  reader(header) {
    const c = new SourceColumns(header);
    const col = {
      id: c.index("id"),
      name: c.index("name"),
      created: c.index("createddate"),
      deleted: c.index("isdeleted"),
      type: c.index("type"),
      owner: c.index("owner.name"),
      segment: c.index("segment__c"),
      source: c.index("accountsource"),
    };
    c.index("ownerid");
    return {
      unused: c.unused(),
      read(cells): SourceOutcome {
        const get = (key: keyof typeof col) => cell(cells, col[key]);
        if (["true", "1"].includes(get("deleted").toLowerCase())) return { skipped: "deleted" };
        if (!isCustomerType(get("type"))) return { skipped: "not-customer" };
        const row = new RowIssues();
        const id = row.required(c.label(col.id, "Id"), get("id"));
        const createdLabel = c.label(col.created, "CreatedDate");
        const created = row.timestamp(createdLabel, get("created"));
        if (created === null) row.required(createdLabel, "");
        if (id === undefined || created == null) return { ok: false, issues: row.issues };
        return {
          ok: true,
          records: [
            {
              kind: "customers",
              record: {
                customerId: id,
                name: get("name") || id,
                segment: get("segment") || UNASSIGNED_SEGMENT,
                plan: null,
                csm: get("owner") || null,
                acquisitionChannel: accountSourceChannel(get("source")),
                signupDate: utcDate(created),
              },
            },
          ],
        };
      },
    };
  },
};
