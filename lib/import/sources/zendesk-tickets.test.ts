import { describe, expect, it } from "vitest";
import type { SourceContext } from "./source-format";
import { firstContact, zendeskTickets } from "./zendesk-tickets";

const HEADER = [
  "Id",
  "Requester",
  "Status",
  "Priority",
  "Via",
  "Created at",
  "Organization",
  "Solved at",
  "Reopens",
  "Replies",
  "First reply time in minutes",
];
const NAMES: Record<string, string[]> = { "acme corp": ["C-1"], twins: ["C-2", "C-3"] };
const context: SourceContext = { reportingCurrency: "usd", customerIdsByName: (n) => NAMES[n.trim().toLowerCase()] ?? [] };
const read = (cells: string[]) => zendeskTickets.reader(HEADER).read(cells, context);
const at = (iso: string) => Date.parse(iso);

describe("zendesk-tickets", () => {
  it("reads a solved ticket: customer by organization name, first response from the reply minutes, one-touch", () => {
    expect(
      read([
        "1041",
        "Wile",
        "Solved",
        "Normal",
        "Web form",
        "2024-03-04 09:12:00 +0000",
        "ACME Corp ",
        "2024-03-04 11:40:00 +0000",
        "0",
        "1",
        "45",
      ]),
    ).toEqual({
      ok: true,
      records: [
        {
          kind: "tickets",
          record: {
            ticketId: "1041",
            customerId: "C-1",
            createdAt: at("2024-03-04T09:12:00Z"),
            firstResponseAt: at("2024-03-04T09:57:00Z"),
            resolvedAt: at("2024-03-04T11:40:00Z"),
            resolvedOnFirstContact: true,
            priority: "Normal",
            channel: "Web form",
          },
        },
      ],
    });
  });

  it("converts zone offsets and fractional minutes", () => {
    expect(read(["1", "", "Open", "", "Chat", "2024-03-31 23:30:00 -0200", "", "", "", "", "2.5"])).toMatchObject({
      ok: true,
      records: [
        {
          record: {
            customerId: null,
            createdAt: at("2024-04-01T01:30:00Z"),
            firstResponseAt: at("2024-04-01T01:32:30Z"),
            resolvedAt: null,
          },
        },
      ],
    });
  });

  it("says when no customer, or more than one, has the organization's name", () => {
    expect(read(["1", "", "Open", "", "Mail", "2024-03-04 09:12", "Nobody Inc", "", "", "", ""])).toEqual({
      ok: false,
      issues: [
        {
          column: "Organization",
          value: "Nobody Inc",
          message: expect.stringContaining(
            "no customer is named 'Nobody Inc'; tickets are matched to customers by name, so import your customers (or companies) first",
          ),
        },
      ],
    });
    expect(read(["1", "", "Open", "", "Mail", "2024-03-04 09:12", "Twins", "", "", "", ""])).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringContaining("2 customers are named 'Twins' (C-2, C-3)") }],
    });
  });

  it("refuses a ticket solved before it was created", () => {
    expect(read(["1", "", "Solved", "", "Mail", "2024-03-04 09:12", "", "2024-03-01 09:00", "", "", ""])).toMatchObject({
      ok: false,
      issues: [{ column: "Solved at" }],
    });
  });

  it("reads first-contact resolution as Zendesk's one-touch tickets", () => {
    expect(firstContact(true, 1, 0)).toBe(true);
    expect(firstContact(true, 2, 0)).toBe(false);
    expect(firstContact(true, 1, 1)).toBe(false);
    expect(firstContact(false, 1, 0)).toBeNull();
    expect(firstContact(true, null, null)).toBeNull();
  });
});
