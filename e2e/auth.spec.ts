import fs from "node:fs";
import path from "node:path";
import { request as playwrightRequest } from "@playwright/test";
import { DEMO_URL, E2E_ADMIN } from "../playwright.config";
import { expect, test, withOrigin } from "./fixtures";

const signedOut = { cookies: [], origins: [] };

function routeFiles(dir = path.join(process.cwd(), "app/api")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** Every exported handler of every app/api/**\/route.ts, as the URL and method to call; /api/auth/* is the public way in. */
function apiEndpoints(): { method: string; url: string }[] {
  return routeFiles().flatMap((file) => {
    const rel = path.relative(path.join(process.cwd(), "app"), path.dirname(file)).split(path.sep);
    if (rel.some((part) => part.startsWith("[...")) || (rel[0] === "api" && rel[1] === "auth")) return [];
    const url = "/" + rel.map((part) => (part === "[id]" ? "1" : part === "[kind]" ? "customers" : part)).join("/");
    const source = fs.readFileSync(file, "utf8");
    const methods = [...source.matchAll(/export (?:(?:async )?function|const) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
    if (methods.length === 0) throw new Error(`${file}: no exported handler recognised; teach apiEndpoints its form`);
    return methods.map((method) => ({ method, url }));
  });
}

test.describe("signed out", () => {
  test.use({ storageState: signedOut });

  test("every API route answers 401 JSON without credentials", async () => {
    const endpoints = apiEndpoints();
    expect(endpoints.length).toBeGreaterThan(10);
    const context = await playwrightRequest.newContext({ baseURL: DEMO_URL });
    for (const { method, url } of endpoints) {
      const res = await context.fetch(url, { method });
      expect(res.status(), `${method} ${url}`).toBe(401);
      const body = await res.json();
      expect(typeof body.error, `${method} ${url}`).toBe("string");
      expect(body.code, `${method} ${url}`).toBe("unauthorized");
    }
    const badToken = await context.get("/api/metrics", { headers: { authorization: "Bearer keel_not-a-token" } });
    expect(badToken.status()).toBe(401);
    await context.dispose();
  });

  test("a page redirects to sign-in and back; sign-out ends the session", async ({ page }) => {
    await page.goto("/customers?segment=SMB");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fcustomers%3Fsegment%3DSMB/);
    await page.getByLabel("Email").fill(E2E_ADMIN.email);
    await page.getByLabel("Password").fill(E2E_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/customers\?segment=SMB/);
    await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
    const headers = (await page.request.get("/api/health")).headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"]).toBe("DENY");

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    expect((await page.request.get("/api/metrics")).status()).toBe(401);
  });

  test("a wrong password shows one generic error", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(E2E_ADMIN.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Email or password is incorrect");
    const unknown = await page.request.post("/api/auth/login", { data: { email: "nobody@keel.test", password: "whatever1" } });
    expect(unknown.status()).toBe(401);
    expect((await unknown.json()).error).toBe("Email or password is incorrect.");
  });
});

test("a viewer sees no import button and gets 403 from POST /api/imports", async ({ request, browser }) => {
  const email = `viewer-${Date.now()}@keel.test`;
  const created = await request.post("/api/users", { data: { email, name: "Vera Viewer", role: "viewer" } });
  expect(created.status()).toBe(201);
  const { generated_password: password } = await created.json();
  expect(password).toEqual(expect.any(String));

  const context = await browser.newContext({ storageState: signedOut, baseURL: DEMO_URL });
  const login = await context.request.post("/api/auth/login", { data: { email, password } });
  expect(await login.json()).toEqual({ user: { email, name: "Vera Viewer", role: "viewer" } });
  const page = await context.newPage();
  await page.goto("/import");
  await expect(page.getByText("Only admins can import data")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import" })).toHaveCount(0);
  expect((await context.request.get("/api/metrics")).status()).toBe(200);
  const viewerApi = withOrigin(context.request, DEMO_URL);
  const upload = await viewerApi.post("/api/imports", {
    multipart: { kind: "customers", file: { name: "c.csv", mimeType: "text/csv", buffer: Buffer.from("customer_id\n") } },
  });
  expect(upload.status()).toBe(403);
  expect((await upload.json()).error).toEqual(expect.any(String));
  expect((await viewerApi.put("/api/settings/health", { data: {} })).status()).toBe(403);
  await context.close();
});

test("a cookie-authenticated write from another origin is refused", async ({ request }) => {
  const res = await request.put("/api/settings/health", { data: {}, headers: { origin: "https://evil.example" } });
  expect(res.status()).toBe(403);
});

test("a script that signs in with POST /api/auth/login can read and write with its cookie", async () => {
  // A fresh client, like curl or Python requests: no browser, no Origin header.
  const script = await playwrightRequest.newContext({ baseURL: DEMO_URL, storageState: signedOut });
  const login = await script.post("/api/auth/login", { data: { email: E2E_ADMIN.email, password: E2E_ADMIN.password } });
  expect(login.status()).toBe(200);
  expect((await login.json()).user.role).toBe("admin");
  expect((await script.get("/api/metrics")).status()).toBe(200);
  const settings = await (await script.get("/api/settings/health")).json();
  expect((await script.put("/api/settings/health", { data: settings })).status()).toBe(200);
  await script.dispose();
});

test("an API token created on Settings works for GET /api/metrics until revoked", async ({ page }) => {
  await page.goto("/settings");
  const name = `board deck ${Date.now()}`;
  await page.getByLabel("Token name").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^keel_/);

  const api = await playwrightRequest.newContext({ baseURL: DEMO_URL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  expect((await api.get("/api/metrics")).status()).toBe(200);
  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(name) })).not.toContainText("never");

  await page.getByRole("button", { name: `Revoke token ${name}` }).click();
  await expect(page.getByRole("button", { name: `Revoke token ${name}` })).toHaveCount(0);
  expect((await api.get("/api/metrics")).status()).toBe(401);
  await api.dispose();
});
