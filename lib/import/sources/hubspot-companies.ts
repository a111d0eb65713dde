import { UNASSIGNED_SEGMENT } from "../../domain/types";
import { RowIssues, utcDate } from "./source-cells";
import { cell, SourceColumns, type SourceOutcome, type SourcePreset } from "./source-format";

const CUSTOMER_STAGES = new Set(["", "customer", "evangelist"]);

/** HubSpot's source labels as Keel channels: `Referrals` -> `referral`, `Organic Search` -> `organic_search`. */
export function channelOf(source: string): string | null {
  const v = source
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  if (v === "") return null;
  return v === "referrals" ? "referral" : v;
}

export const hubspotCompanies: SourcePreset = {
  id: "hubspot-companies",
  label: "HubSpot companies export",
  mainKind: "customers",
  writes: [{ kind: "customers", mode: "upsert" }],
  required: [["record id"], ["company name"], ["create date"]],
  skipWarning: (reason, count) =>
    reason === "not-customer"
      ? `${count} compan${count === 1 ? "y" : "ies"} skipped whose Lifecycle Stage is not Customer or Evangelist (leads and opportunities are not customers yet).`
      : `${count} rows skipped (${reason}).`,
  readings: [
    "customer_id = Record ID; name = Company name, else Company Domain Name, else the Record ID; signup_date = the date (UTC) of Create Date.",
    "csm = Company owner; segment = a Segment property column, plan = a Plan property column when the export has them; acquisition_channel = Original Source Type (Referrals = referral).",
    "Companies whose Lifecycle Stage is set and is not Customer or Evangelist are skipped and counted in a warning.",
  ],
  reader(header) {
    const c = new SourceColumns(header);
    const col = {
      id: c.index("record id"),
      name: c.index("company name"),
      domain: c.index("company domain name"),
      created: c.index("create date"),
      owner: c.index("company owner"),
      stage: c.index("lifecycle stage"),
      segment: c.index("segment"),
      plan: c.index("plan"),
      source: c.index("original source type", "original source"),
    };
    return {
      unused: c.unused(),
      read(cells): SourceOutcome {
        const get = (key: keyof typeof col) => cell(cells, col[key]);
        if (!CUSTOMER_STAGES.has(get("stage").toLowerCase())) return { skipped: "not-customer" };
        const row = new RowIssues();
        const id = row.required(c.label(col.id, "Record ID"), get("id"));
        const createdLabel = c.label(col.created, "Create Date");
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
                name: get("name") || get("domain") || id,
                segment: get("segment") || UNASSIGNED_SEGMENT,
                plan: get("plan") || null,
                csm: get("owner") || null,
                acquisitionChannel: channelOf(get("source")),
                signupDate: utcDate(created),
              },
            },
          ],
        };
      },
    };
  },
};
