import { describe, expect, it } from "vitest";
import type { DomainRecord } from "./row-schemas";
import { matchHeader } from "./header";
import { guessMapping, headerSignature, isNameMatch, parseMapping } from "./mapping";
import { validateCsv } from "./validate-csv";

describe("the mapping field", () => {
  it("is optional, and names columns of the kind in any spelling", () => {
    expect(parseMapping(undefined, "customers")).toEqual({ ok: true, mapping: null });
    expect(parseMapping(" ", "customers")).toEqual({ ok: true, mapping: null });
    expect(parseMapping('{"Customer ID": " Account # ", "plan": ""}', "customers")).toEqual({
      ok: true,
      mapping: { customer_id: "Account #", plan: "" },
    });
  });

  it("says what is wrong with a bad one", () => {
    expect(parseMapping("{customer_id: x}", "customers")).toEqual({
      ok: false,
      error: expect.stringMatching(/^The mapping field is not valid JSON; send an object/),
    });
    expect(parseMapping('["customer_id"]', "customers")).toEqual({
      ok: false,
      error: expect.stringMatching(/must be a JSON object of Keel column -> file header/),
    });
    expect(parseMapping('{"customer_id": 7}', "customers")).toEqual({
      ok: false,
      error: expect.stringMatching(/every value must be the text of a header/),
    });
    expect(parseMapping('{"account": "Account #"}', "customers")).toEqual({
      ok: false,
      error:
        "The mapping names 'account', which is not a column of customers; its columns are customer_id, name, segment, plan, csm, acquisition_channel, signup_date.",
    });
    expect(parseMapping('{"name": "A", "Name": "B"}', "customers")).toEqual({
      ok: false,
      error: "The mapping names the column name twice.",
    });
  });
});

describe("a header read through a mapping", () => {
  const header = ["Kunden-Nr", "Firma", "Name", "Anmeldedatum", "Segment"];

  it("feeds mapped columns from their headers, the rest by name, and lists what is left", () => {
    const m = matchHeader("customers", header, { customer_id: "kunden nr", name: "Firma", signup_date: "Anmeldedatum", segment: "" });
    expect([...m.indexes]).toEqual([
      ["customer_id", 0],
      ["name", 1],
      ["signup_date", 3],
    ]);
    expect(m.missing).toEqual([]);
    expect(m.unknown).toEqual(["Name", "Segment"]);
  });

  it("keeps the signature the same whatever the case, spacing and order", () => {
    expect(headerSignature(["Kunden-Nr", "Firma ", "Anmeldedatum"])).toBe(headerSignature(["anmeldedatum", "FIRMA", "kunden nr"]));
    expect(headerSignature(["Kunden-Nr", "Firma"])).not.toBe(headerSignature(["Kunden-Nr", "Firma", "Anmeldedatum"]));
  });

  it("imports with the mapping, and refuses a mapped header the file lacks or a required column left out", async () => {
    const records: DomainRecord[] = [];
    const csv = "Kunden-Nr;Firma;Anmeldedatum\nK-1;Müller GmbH;2024-01-01\n";
    const mapping = { customer_id: "Kunden-Nr", name: "Firma", signup_date: "Anmeldedatum" };
    expect(await validateCsv("customers", csv, { mapping, onRecord: (r) => records.push(r) })).toEqual({
      ok: true,
      rowsRead: 1,
      warnings: [],
    });
    expect(records).toEqual([
      {
        customerId: "K-1",
        name: "Müller GmbH",
        segment: "Unassigned",
        plan: null,
        csm: null,
        acquisitionChannel: null,
        signupDate: "2024-01-01",
      },
    ]);
    expect(await validateCsv("customers", csv, { mapping: { ...mapping, name: "Company" } })).toMatchObject({
      ok: false,
      status: 400,
      error:
        "The mapping feeds name from the header 'Company', but the file has no such column; its header reads: Kunden-Nr | Firma | Anmeldedatum.",
    });
    expect(await validateCsv("customers", csv, { mapping: { customer_id: "Kunden-Nr", signup_date: "Anmeldedatum" } })).toMatchObject({
      ok: false,
      status: 422,
      error: "No column of the file feeds name, which customers files need; map it to a header of the file.",
    });
  });
});

describe("the form's guess", () => {
  it("takes the remembered mapping where this file has its headers, and names for the rest", () => {
    const header = ["Kunden-Nr", "Firma", "Anmeldedatum", "plan"];
    expect(
      guessMapping("customers", header, { customer_id: "Kunden-Nr", name: "Firma", signup_date: "Anmeldedatum", csm: "Betreuer" }),
    ).toEqual({
      customer_id: "Kunden-Nr",
      name: "Firma",
      segment: "",
      plan: "plan",
      csm: "",
      acquisition_channel: "",
      signup_date: "Anmeldedatum",
    });
    expect(
      isNameMatch("customers", ["Customer ID", "Name", "Signup date"], guessMapping("customers", ["Customer ID", "Name", "Signup date"])),
    ).toBe(true);
    expect(isNameMatch("customers", header, guessMapping("customers", header, { customer_id: "Kunden-Nr" }))).toBe(false);
  });
});
