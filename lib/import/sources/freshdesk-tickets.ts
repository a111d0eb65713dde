import { parseCount } from "../cells";
import { customerByName } from "./customer-by-name";
import { RowIssues } from "./source-cells";
import { cell, SourceColumns, type SourceOutcome, type SourcePreset } from "./source-format";

/** Resolved after at most one agent reply is a first-contact resolution; a second reply means it was not. */
export function freshdeskFirstContact(resolved: boolean, agentInteractions: number | null): boolean | null {
  if (agentInteractions === null) return null;
  if (agentInteractions >= 2) return false;
  return resolved ? true : null;
}

export const freshdeskTickets: SourcePreset = {
  id: "freshdesk-tickets",
  label: "Freshdesk tickets export",
  mainKind: "tickets",
  writes: [{ kind: "tickets", mode: "upsert" }],
  required: [["ticket id"], ["created time"], ["source"], ["company name"]],
  needsCustomerNames: true,
  skipWarning: (reason, count) => `${count} row${count === 1 ? "" : "s"} skipped (${reason}).`,
  readings: [
    "ticket_id = Ticket ID; customer_id = the stored customer whose name is the ticket's Company Name (case-insensitive); a blank Company Name leaves the ticket without a customer; a name no customer has is a row error.",
    "created_at = Created time; first_response_at = Initial response time; resolved_at = Resolved time, else Closed time.",
    "resolved_on_first_contact: true when resolved with at most one agent interaction, false with 2 or more, else unknown.",
    "priority = Priority; channel = Source.",
  ],
  reader(header) {
    const c = new SourceColumns(header);
    const col = {
      id: c.index("ticket id"),
      company: c.index("company name"),
      created: c.index("created time"),
      firstResponse: c.index("initial response time"),
      resolved: c.index("resolved time"),
      closed: c.index("closed time"),
      agentInteractions: c.index("agent interactions"),
      priority: c.index("priority"),
      source: c.index("source"),
    };
    const label = (key: keyof typeof col, fallback: string) => c.label(col[key], fallback);
    return {
      unused: c.unused(),
      read(cells, context): SourceOutcome {
        const get = (key: keyof typeof col) => cell(cells, col[key]);
        const row = new RowIssues();
        const id = row.required(label("id", "Ticket ID"), get("id"));
        const customer = customerByName(get("company"), context, label("company", "Company Name"));
        if (!customer.ok) row.add(label("company", "Company Name"), get("company"), customer.message);
        const createdLabel = label("created", "Created time");
        const created = row.timestamp(createdLabel, get("created"));
        if (created === null) row.required(createdLabel, "");
        const firstResponse = row.timestamp(label("firstResponse", "Initial response time"), get("firstResponse"));
        const resolvedKey = get("resolved") !== "" ? "resolved" : "closed";
        const resolved = row.timestamp(label(resolvedKey, "Resolved time"), get(resolvedKey));
        const interactionsText = get("agentInteractions");
        const interactions =
          interactionsText === ""
            ? null
            : row.take(label("agentInteractions", "Agent interactions"), interactionsText, parseCount(interactionsText));
        for (const [key, value] of [
          ["firstResponse", firstResponse],
          [resolvedKey, resolved],
        ] as const) {
          if (created != null && value != null && value < created)
            row.add(label(key, key), get(key), `${label(key, key)}: '${get(key)}' is before ${createdLabel} ${get("created")}`);
        }
        if (
          !row.ok ||
          !customer.ok ||
          id === undefined ||
          created == null ||
          firstResponse === undefined ||
          resolved === undefined ||
          interactions === undefined
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
                firstResponseAt: firstResponse,
                resolvedAt: resolved,
                resolvedOnFirstContact: freshdeskFirstContact(resolved !== null, interactions),
                priority: get("priority") || null,
                channel: get("source") || null,
              },
            },
          ],
        };
      },
    };
  },
};
