import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";
import { customersCsv, importForm, signedIn } from "./support/keel-client";
import { ownPort, startServer, waitUntilServing, type SpawnedServer } from "./support/spawn-server";

/** A real full disk: a small tmpfs (needs the right to mount, e.g. root in a container). */
function mountSmallDisk(dir: string, size: string): boolean {
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size},mode=0700`, "tmpfs", dir], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function fillDisk(dir: string, leaveBytes: number): void {
  const { bavail, bsize } = fs.statfsSync(dir);
  const free = bavail * bsize - leaveBytes;
  if (free > 0) fs.writeFileSync(path.join(dir, "filler"), Buffer.alloc(free));
}

test("a full disk answers 507 storage_full with what to do, writes nothing, and a restart on it still serves", async () => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-full-"));
  test.skip(!mountSmallDisk(dir, "6m"), "cannot mount a tmpfs here to fill a disk");
  const dataDir = path.join(dir, "data");
  let server: SpawnedServer | null = startServer(dataDir, ownPort(0));
  try {
    expect(await waitUntilServing(server), server.output()).toBe(true);
    let client = await signedIn(server.url);
    expect((await client.send("/api/imports", { method: "POST", body: importForm("customers", customersCsv(5)) })).status).toBe(200);

    fillDisk(dir, 160 * 1024);
    const big = await client.send("/api/imports", { method: "POST", body: importForm("customers", customersCsv(20_000, "big")) });
    const answer = await big.json();
    expect(big.status, JSON.stringify(answer)).toBe(507);
    expect(answer.code).toBe("storage_full");
    expect(answer.error).toMatch(/disk .* is full.*Free some space/);
    const list = await (await client.get("/api/imports")).json();
    expect(list.total).toBe(1);
    expect(server.output()).not.toMatch(/\n\s+at /);

    await server.stop();
    server = startServer(dataDir, ownPort(0));
    expect(await waitUntilServing(server), server.output()).toBe(true);
    client = await signedIn(server.url);
    expect((await client.get("/api/health")).status).toBe(200);
    expect((await (await client.get("/api/imports")).json()).total).toBe(1);

    fs.rmSync(path.join(dir, "filler"));
    expect((await client.send("/api/imports", { method: "POST", body: importForm("customers", customersCsv(2_000, "big")) })).status).toBe(200);
  } finally {
    await server?.stop();
    execFileSync("umount", ["-l", dir], { stdio: "ignore" });
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
