import { UNASSIGNED_SEGMENT } from "../../domain/types";
import { RowIssues, utcDate } from "./source-cells";
import { cell, isMetadataColumn, SourceColumns, sourceHeaderName, type SourceOutcome, type SourcePreset } from "./source-format";

/** Customer columns a `... (metadata)` column may fill when its key names one of them. */
const METADATA_COLUMNS = ["segment", "plan", "csm", "acquisition_channel"] as const;

/** `Acquisition Channel (metadata)` -> `acquisition_channel`, as Keel reads its own headers. */
export function metadataKey(header: string): string {
  return sourceHeaderName(header)
    .replace(/\(metadata\)$/, "")
    .trim()
    .replace(/[\s-]+/g, "_");
}

export const stripeCustomers: SourcePreset = {
  id: "stripe-customers",
  label: "Stripe customers export",
  mainKind: "customers",
  writes: [{ kind: "customers", mode: "upsert" }],
  required: [["id"], ["name"], ["email"], ["created (utc)"]],
  skipWarning: (reason, count) => `${count} row${count === 1 ? "" : "s"} skipped (${reason}).`,
  readings: [
    "customer_id = id; name = Name, else Email, else the id; signup_date = the date (UTC) of Created.",
    "segment, plan, csm and acquisition_channel come from metadata columns of that key, e.g. 'segment (metadata)'; other metadata columns are ignored.",
  ],
  reader(header) {
    const c = new SourceColumns(header);
    const col = { id: c.index("id"), name: c.index("name"), email: c.index("email"), created: c.index("created (utc)") };
    const meta = new Map<string, number>();
    header.forEach((h, i) => {
      const key = metadataKey(h);
      if (isMetadataColumn(sourceHeaderName(h)) && (METADATA_COLUMNS as readonly string[]).includes(key) && !meta.has(key))
        meta.set(key, i);
    });
    return {
      unused: c.unused((name) => isMetadataColumn(name) || name === "description"),
      read(cells): SourceOutcome {
        const row = new RowIssues();
        const id = row.required(c.label(col.id, "id"), cell(cells, col.id));
        const createdLabel = c.label(col.created, "Created (UTC)");
        const created = row.timestamp(createdLabel, cell(cells, col.created));
        if (created === null) row.required(createdLabel, "");
        if (id === undefined || created == null) return { ok: false, issues: row.issues };
        const fromMeta = (key: string) => cell(cells, meta.get(key) ?? -1);
        return {
          ok: true,
          records: [
            {
              kind: "customers",
              record: {
                customerId: id,
                name: cell(cells, col.name) || cell(cells, col.email) || id,
                segment: fromMeta("segment") || UNASSIGNED_SEGMENT,
                plan: fromMeta("plan") || null,
                csm: fromMeta("csm") || null,
                acquisitionChannel: fromMeta("acquisition_channel") || null,
                signupDate: utcDate(created),
              },
            },
          ],
        };
      },
    };
  },
};
