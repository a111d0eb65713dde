import { describe, expect, it } from "vitest";
import type { SourceContext } from "./source-format";
import { freshdeskFirstContact, freshdeskTickets } from "./freshdesk-tickets";

const HEADER = [
  "Ticket ID",
  "Status",
  "Priority",
  "Source",
  "Created time",
  "Resolved time",
  "Closed time",
  "Initial response time",
  "Agent interactions",
  "Company Name",
];
const context: SourceContext = { reportingCurrency: "usd", customerIdsByName: (n) => (n.trim().toLowerCase() === "globex" ? ["C-2"] : []) };
const read = (cells: string[]) => freshdeskTickets.reader(HEADER).read(cells, context);
const at = (iso: string) => Date.parse(iso);

describe("freshdesk-tickets", () => {
  it("reads a resolved ticket with its first response and company", () => {
    expect(
      read([
        "2001",
        "Closed",
        "Medium",
        "Email",
        "2024-04-02 10:00:00",
        "2024-04-02 15:30:00",
        "2024-04-03 09:00:00",
        "2024-04-02 10:45:00",
        "1",
        "GLOBEX",
      ]),
    ).toEqual({
      ok: true,
      records: [
        {
          kind: "tickets",
          record: {
            ticketId: "2001",
            customerId: "C-2",
            createdAt: at("2024-04-02T10:00:00Z"),
            firstResponseAt: at("2024-04-02T10:45:00Z"),
            resolvedAt: at("2024-04-02T15:30:00Z"),
            resolvedOnFirstContact: true,
            priority: "Medium",
            channel: "Email",
          },
        },
      ],
    });
  });

  it("takes Closed time when Resolved time is blank, and leaves a blank company without customer", () => {
    expect(read(["1", "Closed", "", "Chat", "2024-04-10 11:00:00", "", "2024-04-11 10:00:00", "", "", ""])).toMatchObject({
      ok: true,
      records: [
        { record: { customerId: null, resolvedAt: at("2024-04-11T10:00:00Z"), firstResponseAt: null, resolvedOnFirstContact: null } },
      ],
    });
  });

  it("says which company no customer is named, and refuses times before creation", () => {
    expect(read(["1", "Open", "", "Chat", "2024-04-10 11:00:00", "2024-04-09 11:00:00", "", "", "", "Nobody"])).toEqual({
      ok: false,
      issues: [
        { column: "Company Name", value: "Nobody", message: expect.stringContaining("Company Name: no customer is named 'Nobody'") },
        {
          column: "Resolved time",
          value: "2024-04-09 11:00:00",
          message: "Resolved time: '2024-04-09 11:00:00' is before Created time 2024-04-10 11:00:00",
        },
      ],
    });
  });

  it("reads first-contact resolution from agent interactions", () => {
    expect(freshdeskFirstContact(true, 1)).toBe(true);
    expect(freshdeskFirstContact(true, 0)).toBe(true);
    expect(freshdeskFirstContact(true, 3)).toBe(false);
    expect(freshdeskFirstContact(false, 2)).toBe(false);
    expect(freshdeskFirstContact(false, 1)).toBeNull();
    expect(freshdeskFirstContact(true, null)).toBeNull();
  });
});
