import { parseCount, parseNonNegative } from "../cells";
import { RowIssues } from "./source-cells";
import { customerByName } from "./customer-by-name";
import { cell, SourceColumns, type SourceOutcome, type SourcePreset } from "./source-format";

const MINUTE = 60_000;

/** Zendesk's one-touch rule: solved with one agent reply and never reopened; two replies or a reopen is not first contact. */
export function firstContact(solved: boolean, replies: number | null, reopens: number | null): boolean | null {
  if ((replies !== null && replies >= 2) || (reopens !== null && reopens > 0)) return false;
  if (solved && replies === 1) return true;
  return null;
}

export const zendeskTickets: SourcePreset = {
  id: "zendesk-tickets",
  label: "Zendesk tickets export",
  mainKind: "tickets",
  writes: [{ kind: "tickets", mode: "upsert" }],
  required: [["id"], ["requester"], ["organization"], ["created at"], ["via"]],
  needsCustomerNames: true,
  skipWarning: (reason, count) => `${count} row${count === 1 ? "" : "s"} skipped (${reason}).`,
  readings: [
    "ticket_id = Id; customer_id = the stored customer whose name is the ticket's Organization (case-insensitive); a blank Organization leaves the ticket without a customer; an Organization no customer is named is a row error.",
    "created_at = Created at; resolved_at = Solved at; first_response_at = Created at + First reply time in minutes.",
    "resolved_on_first_contact: true when solved with exactly one reply (Replies = 1) and no reopen, false with 2 or more replies or a reopen, else unknown.",
    "priority = Priority; channel = Via.",
  ],
  reader(header) {
    const c = new SourceColumns(header);
    const col = {
      id: c.index("id"),
      organization: c.index("organization"),
      created: c.index("created at"),
      solved: c.index("solved at"),
      firstReply: c.index("first reply time in minutes"),
      replies: c.index("replies"),
      reopens: c.index("reopens"),
      priority: c.index("priority"),
      via: c.index("via"),
    };
    const label = (key: keyof typeof col, fallback: string) => c.label(col[key], fallback);
    return {
      unused: c.unused(),
      read(cells, context): SourceOutcome {
        const get = (key: keyof typeof col) => cell(cells, col[key]);
        const row = new RowIssues();
        const id = row.required(label("id", "Id"), get("id"));
        const customer = customerByName(get("organization"), context, label("organization", "Organization"));
        if (!customer.ok) row.add(label("organization", "Organization"), get("organization"), customer.message);
        const createdLabel = label("created", "Created at");
        const created = row.timestamp(createdLabel, get("created"));
        if (created === null) row.required(createdLabel, "");
        const solved = row.timestamp(label("solved", "Solved at"), get("solved"));
        const optionalNumber = (key: "firstReply" | "replies" | "reopens", parse: (t: string) => ReturnType<typeof parseCount>) => {
          const text = get(key);
          return text === "" ? null : row.take(label(key, key), text, parse(text));
        };
        const firstReply = optionalNumber("firstReply", (t) => parseNonNegative(t, "minutes"));
        const replies = optionalNumber("replies", parseCount);
        const reopens = optionalNumber("reopens", parseCount);
        if (created != null && solved != null && solved < created)
          row.add(
            label("solved", "Solved at"),
            get("solved"),
            `${label("solved", "Solved at")}: '${get("solved")}' is before ${createdLabel} ${get("created")}`,
          );
        if (
          !row.ok ||
          !customer.ok ||
          id === undefined ||
          created == null ||
          solved === undefined ||
          firstReply === undefined ||
          replies === undefined ||
          reopens === undefined
        ) {
          return { ok: false, issues: row.issues };
        }
        return {
          ok: true,
          records: [
            {
              kind: "tickets",
              record: {
                ticketId: id,
                customerId: customer.id,
                createdAt: created,
                firstResponseAt: firstReply === null ? null : created + Math.round(firstReply * MINUTE),
                resolvedAt: solved,
                resolvedOnFirstContact: firstContact(solved !== null, replies, reopens),
                priority: get("priority") || null,
                channel: get("via") || null,
              },
            },
          ],
        };
      },
    };
  },
};
