import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
process.env.KEEL_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "keel-login-"));
const { getDb } = await import("@/db");
const { bootstrapAdmin } = await import("@/db/auth/bootstrap-admin");
const { POST } = await import("./route");

const EMAIL = "storage@keel.test";
const PASSWORD = "storage-password";
const signIn = (password: string) =>
  POST(
    new NextRequest("http://127.0.0.1/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json", "x-keel-socket-address": "10.9.9.9" },
      body: JSON.stringify({ email: EMAIL, password }),
    }),
    { params: Promise.resolve({}) },
  );

beforeAll(async () => {
  vi.stubEnv("ADMIN_EMAIL", EMAIL);
  vi.stubEnv("ADMIN_PASSWORD", PASSWORD);
  await bootstrapAdmin(getDb(), { demoLoaded: false }, () => {});
  vi.unstubAllEnvs();
});

describe("POST /api/auth/login", () => {
  it("signs in with the right password", async () => {
    const res = await signIn(PASSWORD);
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toContain("keel.session_token=");
  });

  it("answers 401 to a wrong password", async () => {
    const res = await signIn("not-the-password");
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "Email or password is incorrect.", code: "unauthorized" });
  });

  it("says the session could not be recorded when the database cannot be written, not that the password is wrong", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const sqlite = getDb().$client;
    sqlite.pragma("query_only = 1");
    try {
      const res = await signIn(PASSWORD);
      const body = await res.json();
      expect(res.status, JSON.stringify(body)).toBe(507);
      expect(body.code).toBe("storage_full");
      expect(body.error).toMatch(/could not record/i);
      expect(body.error).not.toMatch(/incorrect/);
    } finally {
      sqlite.pragma("query_only = 0");
    }
  });
});
