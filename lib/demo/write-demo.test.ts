import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DATASET_KINDS } from "../domain/types";
import { CSV_COLUMNS } from "./columns";
import { generateDemoCsv } from "./generate-demo";
import { writeDemoCsvFiles } from "./write-demo";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "keel-demo-"));
  dirs.push(dir);
  return dir;
}

describe("writeDemoCsvFiles", () => {
  it("streams exactly the text generateDemoCsv builds in memory", async () => {
    const dir = await tempDir();
    const written = await writeDemoCsvFiles(dir, { preset: "demo" });
    const expected = generateDemoCsv({ preset: "demo" });
    for (const kind of DATASET_KINDS) {
      expect(await readFile(written[kind].file, "utf8")).toBe(expected[kind]);
    }
  });

  it("streams a slice of the large preset quickly, with consistent files", async () => {
    const dir = await tempDir();
    const started = performance.now();
    const written = await writeDemoCsvFiles(dir, { preset: "large", customers: 2000 });
    const seconds = (performance.now() - started) / 1000;
    console.log(`large preset, 2000 customers: ${seconds.toFixed(2)}s`, Object.fromEntries(DATASET_KINDS.map((k) => [k, written[k].rows])));
    expect(seconds).toBeLessThan(10);
    expect(written.customers.rows).toBe(2000);
    const ids = new Set<string>();
    for (const kind of DATASET_KINDS) {
      const lines = (await readFile(written[kind].file, "utf8")).trimEnd().split("\n");
      expect(lines[0]).toBe(CSV_COLUMNS[kind].join(","));
      expect(lines.length - 1).toBe(written[kind].rows);
      expect(written[kind].rows).toBeGreaterThan(0);
      if (kind === "customers") for (const line of lines.slice(1)) ids.add(line.slice(0, line.indexOf(",")));
      if (kind === "subscriptions" || kind === "usage" || kind === "lifecycle") {
        const col = CSV_COLUMNS[kind].indexOf("customer_id");
        for (const line of lines.slice(1)) expect(ids.has(line.split(",")[col])).toBe(true);
      }
    }
    // 36 months ending 2026-10.
    const usage = await readFile(written.usage.file, "utf8");
    expect(usage).toContain(",2023-11,");
    expect(usage).not.toContain(",2023-10,");
    expect(usage).toContain(",2026-10,");
  });
});
