import { describe, expect, it } from "vitest";
import { DATA_KINDS } from "../domain/types";
import { escapeCsvCell } from "./escape";
import { templateCsv } from "./template";
import { validateCsv } from "./validate-csv";
import { parseCsvPreview } from "./preview";

describe("escapeCsvCell", () => {
  it("neutralises formula-looking text and quotes what needs quoting", () => {
    expect(escapeCsvCell("=SUM(A1:A2)")).toBe("'=SUM(A1:A2)");
    expect(escapeCsvCell("+1")).toBe("'+1");
    expect(escapeCsvCell("-cmd")).toBe("'-cmd");
    expect(escapeCsvCell("@home")).toBe("'@home");
    expect(escapeCsvCell('say "hi", ok')).toBe('"say ""hi"", ok"');
    expect(escapeCsvCell("=1,2")).toBe(`"'=1,2"`);
    expect(escapeCsvCell(-20)).toBe("-20");
    expect(escapeCsvCell(null)).toBe("");
    expect(escapeCsvCell("Acme")).toBe("Acme");
  });
});

describe("templates", () => {
  it.each(DATA_KINDS)("the %s template is a valid file of its kind", async (kind) => {
    const csv = templateCsv(kind);
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(4);
    const outcome = await validateCsv(kind, csv);
    expect(outcome).toMatchObject({ ok: true, rowsRead: 3 });
  });
});

describe("preview parser", () => {
  it("reads quoted cells, doubled quotes and CRLF", () => {
    expect(parseCsvPreview('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n1,2\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"'],
      ["1", "2"],
    ]);
  });
});
