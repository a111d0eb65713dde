import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "./fixtures";
import { customersCsv, importForm, signedIn } from "./support/keel-client";
import { ownPort, startServer, waitUntilServing } from "./support/spawn-server";

const ROWS = 80_000;

function counts(file: string): { customers: number; imports: number; integrity: string } {
  const db = new Database(file);
  try {
    const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      customers: one("select count(*) as n from customers"),
      imports: one("select count(*) as n from imports"),
      integrity: db.pragma("integrity_check", { simple: true }) as string,
    };
  } finally {
    db.close();
  }
}

/** Sends the upload and resolves once the server is killed (or answered first). */
async function uploadThenKill(url: string, cookie: string, form: FormData, kill: () => boolean): Promise<"killed" | number> {
  const request = new Request(`${url}/api/imports`, { method: "POST", body: form });
  const body = Buffer.from(await request.arrayBuffer());
  return new Promise((resolve) => {
    const req = http.request(`${url}/api/imports`, {
      method: "POST",
      headers: { cookie, origin: url, "content-type": request.headers.get("content-type")!, "content-length": String(body.length) },
    });
    req.on("response", (res) => resolve(res.statusCode ?? 0));
    req.on("error", () => resolve("killed"));
    req.end(body, () => {
      const timer = setInterval(() => {
        if (kill()) clearInterval(timer);
      }, 2);
    });
  });
}

test("kill -9 while an import is being written: after a restart the database holds all of it or none of it", async () => {
  test.setTimeout(240_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-kill-"));
  const dataDir = path.join(dir, "data");
  const file = path.join(dataDir, "keel.db");
  let server = startServer(dataDir, ownPort(41));
  try {
    expect(await waitUntilServing(server), server.output()).toBe(true);
    let client = await signedIn(server.url);
    expect((await client.send("/api/imports", { method: "POST", body: importForm("customers", customersCsv(10, "small")) })).status).toBe(
      200,
    );
    const cookie = (
      await fetch(`${server.url}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "admin@keel.test", password: "e2e-admin-password" }),
      })
    ).headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");

    const wal = `${file}-wal`;
    const idle = fs.existsSync(wal) ? fs.statSync(wal).size : 0;
    const proc = server.process;
    const outcome = await uploadThenKill(server.url, cookie, importForm("customers", customersCsv(ROWS, "big")), () => {
      const size = fs.existsSync(wal) ? fs.statSync(wal).size : 0;
      if (size < idle + 512 * 1024) return false;
      proc.kill("SIGKILL");
      return true;
    });
    expect(outcome, "the server was killed while it wrote the import, before answering").toBe("killed");
    await server.exited;

    const after = counts(file);
    expect(after.integrity).toBe("ok");
    expect(after).toEqual({ customers: 10, imports: 1, integrity: "ok" });

    server = startServer(dataDir, ownPort(41));
    expect(await waitUntilServing(server), server.output()).toBe(true);
    client = await signedIn(server.url);
    expect((await (await client.get("/api/imports")).json()).total).toBe(1);
    const again = await client.send("/api/imports", { method: "POST", body: importForm("customers", customersCsv(ROWS, "big")) });
    expect(again.status).toBe(200);
    expect((await again.json()).inserted).toBe(ROWS);
    await server.stop();
    expect(counts(file)).toEqual({ customers: 10 + ROWS, imports: 2, integrity: "ok" });
  } finally {
    await server.stop("SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
