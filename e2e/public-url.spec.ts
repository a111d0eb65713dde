import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { E2E_ADMIN } from "../playwright.config";
import { expect, test } from "./fixtures";
import { rawRequest } from "./support/raw-http";
import { ownPort, startServer, waitUntilServing, type SpawnedServer } from "./support/spawn-server";

const PUBLIC = "keel.example.test";

test.describe("behind an https public URL", () => {
  let server: SpawnedServer;
  let dir: string;
  test.beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-public-"));
    server = startServer(path.join(dir, "data"), ownPort(40), {
      BETTER_AUTH_URL: `https://${PUBLIC}`,
      KEEL_ALLOWED_HOSTS: "keel.internal",
    });
    expect(await waitUntilServing(server), server.output()).toBe(true);
  });
  test.afterAll(async () => {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const call = (pathname: string, host: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
    rawRequest(`${server.url}${pathname}`, { ...init, headers: { host, ...init.headers } });

  test("answers only for the public host, the listed hosts and loopback", async () => {
    const evil = await call("/api/health", "evil.test");
    expect(evil.status).toBe(421);
    expect(evil.json()).toMatchObject({ code: "unknown_host" });
    expect((evil.json() as { error: string }).error).toMatch(/KEEL_ALLOWED_HOSTS/);
    expect((await call("/", "rebound.example:80")).status).toBe(421);
    for (const host of [PUBLIC, "keel.internal:8080", `localhost:${ownPort(40)}`])
      expect((await call("/api/health", host)).status, host).toBe(401);
  });

  test("sends HSTS and no-store, sets and reads only the __Secure- cookie, and refuses an http:// Origin", async () => {
    const login = await call("/api/auth/login", PUBLIC, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: E2E_ADMIN.email, password: E2E_ADMIN.password }),
    });
    expect(login.status, login.text).toBe(200);
    expect(login.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    expect(login.headers["cache-control"]).toBe("no-store");
    const cookies = (login.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]);
    expect(cookies.length).toBeGreaterThan(0);
    for (const cookie of cookies) expect(cookie).toMatch(/^__Secure-keel\./);
    const token = cookies
      .find((c) => c.startsWith("__Secure-keel.session_token="))!
      .split("=")
      .slice(1)
      .join("=");

    const secure = await call("/api/health", PUBLIC, { headers: { cookie: `__Secure-keel.session_token=${token}` } });
    expect(secure.status).toBe(200);
    expect(secure.headers["cache-control"]).toBe("no-store");
    const plain = await call("/api/health", PUBLIC, { headers: { cookie: `keel.session_token=${token}` } });
    expect(plain.status).toBe(401);

    const write = (origin: string) =>
      call("/api/tokens", PUBLIC, {
        method: "POST",
        headers: { cookie: `__Secure-keel.session_token=${token}`, origin, "content-type": "application/json" },
        body: JSON.stringify({ name: "origin check" }),
      });
    const downgraded = await write(`http://${PUBLIC}`);
    expect(downgraded.status).toBe(403);
    expect(downgraded.json()).toMatchObject({ code: "forbidden" });
    expect((await write(`https://${PUBLIC}`)).status).toBe(201);
  });
});
