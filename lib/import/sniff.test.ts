import { describe, expect, it } from "vitest";
import { BINARY_FILE, bomOf, decodeWindows1252, detectDelimiter, incompleteUtf8Tail, sniffCsvHead } from "./sniff";

describe("sniffing how a file is written", () => {
  it("reads Windows-1252's own characters in 0x80-0x9F, not ISO-8859-1 control codes", () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x20, 0x93, 0x71, 0x94, 0x96, 0x8a, 0x9f, 0xe9, 0xfc, 0x81]))).toBe("€ “q”–ŠŸéü\u0081");
  });

  it("tells encodings by BOM, then by UTF-8 validity", () => {
    expect(bomOf(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ encoding: "utf-8", length: 3 });
    expect(bomOf(Uint8Array.from([0xff, 0xfe, 0x61, 0]))).toEqual({ encoding: "utf-16le", length: 2 });
    expect(bomOf(Uint8Array.from([0xfe, 0xff, 0, 0x61]))).toEqual({ encoding: "utf-16be", length: 2 });
    expect(sniffCsvHead(new TextEncoder().encode("a;b\nZoë;1\n"), { truncated: false })).toEqual({
      ok: true,
      encoding: "utf-8",
      delimiter: ";",
      text: "a;b\nZoë;1\n",
    });
    expect(sniffCsvHead(Uint8Array.from([0x61, 0x0a, 0x5a, 0x6f, 0xeb]), { truncated: false })).toEqual({
      ok: true,
      encoding: "windows-1252",
      delimiter: ",",
      text: "a\nZoë",
    });
    expect(sniffCsvHead(new TextEncoder().encode("a\nb\n"), { truncated: true, restIsUtf8: false })).toMatchObject({
      encoding: "windows-1252",
    });
    expect(sniffCsvHead(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00]), { truncated: false })).toEqual({
      ok: false,
      problem: BINARY_FILE,
    });
  });

  it("does not take a character cut at the end of a truncated head for invalid UTF-8", () => {
    const bytes = new TextEncoder().encode("name\nZoë");
    expect(incompleteUtf8Tail(bytes.subarray(0, bytes.length - 1))).toBe(1);
    expect(incompleteUtf8Tail(new TextEncoder().encode("€").subarray(0, 2))).toBe(2);
    expect(incompleteUtf8Tail(bytes)).toBe(0);
    expect(sniffCsvHead(bytes.subarray(0, bytes.length - 1), { truncated: true })).toMatchObject({ ok: true, encoding: "utf-8" });
  });

  it("finds the delimiter on the header line only, outside quotes, comma on a tie", () => {
    expect(detectDelimiter("a;b;c\n1,2,3,4,5,6\n")).toBe(";");
    expect(detectDelimiter("a\tb\tc;d\n")).toBe("\t");
    expect(detectDelimiter('"x;y;z","w"\n')).toBe(",");
    expect(detectDelimiter("a,b;c\n")).toBe(",");
    expect(detectDelimiter("\uFEFFa;b\r\n")).toBe(";");
  });
});
