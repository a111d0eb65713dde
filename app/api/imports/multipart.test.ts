import { describe, expect, it } from "vitest";
import { readMultipart, readText, multipartBoundary } from "./multipart";

async function parts(body: string, chunkSize: number) {
  const bytes = Buffer.from(body);
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
  }
  const out: { name: string; filename: string | null; text: string }[] = [];
  for await (const part of readMultipart(chunks(), "XyZ")) {
    out.push({ name: part.name, filename: part.filename, text: part.name === "skip" ? "" : await readText(part.body, 1e6) });
  }
  return out;
}

describe("readMultipart", () => {
  const body =
    "--XyZ\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\ncustomers\r\n" +
    "--XyZ\r\nContent-Disposition: form-data; name=\"skip\"\r\n\r\nignored\r\n" +
    "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.csv\"\r\nContent-Type: text/csv\r\n\r\na,b\r\n1,2\r\n--Xy\r\n" +
    "\r\n--XyZ--\r\n";
  it.each([1, 3, 7, 64, 4096])("splits fields and files whatever the chunk size (%i)", async (size) => {
    expect(await parts(body, size)).toEqual([
      { name: "kind", filename: null, text: "customers" },
      { name: "skip", filename: null, text: "" },
      { name: "file", filename: "c.csv", text: "a,b\r\n1,2\r\n--Xy\r\n" },
    ]);
  });
  it("finds the boundary in a content type", () => {
    expect(multipartBoundary('multipart/form-data; boundary="abc"')).toBe("abc");
    expect(multipartBoundary("multipart/form-data; boundary=----WebKit123")).toBe("----WebKit123");
    expect(multipartBoundary("application/json")).toBeNull();
  });
});
