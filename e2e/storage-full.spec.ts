import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";
import { E2E_ADMIN } from "../playwright.config";
import { customersCsv, importForm, signedIn } from "./support/keel-client";
import { signIn } from "./support/raw-http";
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

function fillDisk(dir: string, leaveBytes: number, name = "filler"): void {
  const fd = fs.openSync(path.join(dir, name), "a");
  try {
    for (const size of [64 * 1024, 4096, 512, 1]) {
      const piece = Buffer.alloc(size);
      for (;;) {
        const { bavail, bsize } = fs.statfsSync(dir);
        if (bavail * bsize - size < leaveBytes) break;
        try {
          fs.writeSync(fd, piece);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === "ENOSPC") break;
          throw error;
        }
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}

test("a full disk answers 507 storage_full with what to do and writes nothing; a restart on it serves or says in one line that the disk is full", async () => {
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

    fillDisk(dir, 0, "filler-2");
    for (const method of ["DELETE", "POST"] as const) {
      const res =
        method === "DELETE"
          ? await client.send("/api/imports/1", { method })
          : await client.send("/api/imports", { method, body: importForm("customers", customersCsv(20_000, "big")) });
      if (res.status !== 200)
        expect(await res.json(), `${method} on a full disk`).toMatchObject({
          code: "storage_full",
          error: expect.stringMatching(/Free some space/),
        });
    }

    await server.stop();
    fillDisk(dir, 0, "filler-3");
    server = startServer(dataDir, ownPort(0));
    // With no room even for keel.db-shm SQLite cannot open the file: then the start says so in one line and exits.
    if (await waitUntilServing(server)) {
      expect(server.output()).not.toMatch(/Cannot start|\n\s+at /);
      const login = await signIn(server.url, E2E_ADMIN.email, E2E_ADMIN.password);
      if (login.status !== 200) {
        expect(login.status, login.text).toBe(507);
        expect(login.json()).toMatchObject({ code: "storage_full", error: expect.stringMatching(/could not record your session/) });
      }
    } else {
      expect(await server.exited, server.output()).not.toBe(0);
      expect(server.output()).toMatch(
        /^\[keel\] Cannot start: the disk that holds .*keel\.db is full \(\w+\): free some space and start again\.$/m,
      );
      expect(server.output()).not.toMatch(/^\s+at /m);
    }
    fs.rmSync(path.join(dir, "filler"), { force: true });
    fs.rmSync(path.join(dir, "filler-2"), { force: true });
    fs.rmSync(path.join(dir, "filler-3"), { force: true });
    if (server.process.exitCode !== null) {
      server = startServer(dataDir, ownPort(0));
      expect(await waitUntilServing(server), server.output()).toBe(true);
    }
    client = await signedIn(server.url);
    expect((await client.get("/api/health")).status).toBe(200);
    expect((await (await client.get("/api/imports")).json()).total).toBe(1);
    expect((await client.send("/api/imports", { method: "POST", body: importForm("customers", customersCsv(2_000, "big")) })).status).toBe(
      200,
    );
  } finally {
    await server?.stop();
    execFileSync("umount", ["-l", dir], { stdio: "ignore" });
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
