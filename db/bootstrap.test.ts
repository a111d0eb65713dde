import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { bootstrapDatabase } from "./bootstrap";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-bootstrap-"));
const file = path.join(dir, "keel.db");
const fingerprint = () => {
  const stat = fs.statSync(file);
  return {
    mtime: stat.mtimeMs,
    sha: createHash("sha256").update(fs.readFileSync(file)).digest("hex"),
    wal: fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0,
  };
};

afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("bootstrapDatabase", () => {
  it("writes nothing at a start where nothing must change, admin password included", async () => {
    vi.stubEnv("KEEL_DATA_DIR", dir);
    vi.stubEnv("KEEL_DEMO", "off");
    vi.stubEnv("ADMIN_EMAIL", "admin@keel.test");
    vi.stubEnv("ADMIN_PASSWORD", "bootstrap-password");
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
    await bootstrapDatabase();
    const first = fingerprint();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await bootstrapDatabase();
    expect(fingerprint()).toEqual(first);
    expect(lines.at(-1)).toBe("[keel] Admin admin@keel.test is ready from ADMIN_EMAIL/ADMIN_PASSWORD.");
  });
});
