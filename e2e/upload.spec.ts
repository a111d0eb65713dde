import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { generateBenchFiles } from "../scripts/bench/generate-files";
import { OwnServer } from "./own-server";

// Uploads through a production server of this spec's own (E2E_PORT_BASE + 50), so it can set a
// small upload limit, look into its data folder and kill it.
const PORT = Number(process.env.E2E_PORT_BASE ?? 3100) + 50;
const ROOT = path.join(os.tmpdir(), `keel-e2e-upload-${PORT}`);
const DATA = path.join(ROOT, "data");
const UPLOAD_TEMP = path.join(DATA, "tmp");
const ADMIN = { email: "uploader@keel.test", password: "upload-password-1" };
const LIMIT_MB = 30;
const server = new OwnServer(PORT, DATA, {
  KEEL_DEMO: "off",
  KEEL_MAX_UPLOAD_MB: String(LIMIT_MB),
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
});

let cookie = "";
let files: { customers: string; subscriptions: string };

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  fs.rmSync(ROOT, { recursive: true, force: true });
  fs.mkdirSync(ROOT, { recursive: true });
  // 300,000 subscriptions of 30,000 customers: 16.6 MB, over the 10 MB the proxy used to keep.
  files = await generateBenchFiles(ROOT, 300_000, 30_000);
  await server.start();
  cookie = await signIn();
});

test.afterAll(async () => {
  await server.stop();
  fs.rmSync(ROOT, { recursive: true, force: true });
});

async function signIn(): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  });
  expect(res.status).toBe(200);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

async function upload(fields: [string, string | Blob, string?][]): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new FormData();
  for (const [name, value, fileName] of fields) {
    if (typeof value === "string") form.append(name, value);
    else form.append(name, value, fileName);
  }
  const res = await fetch(`${server.url}/api/imports`, { method: "POST", headers: { cookie }, body: form });
  return { status: res.status, body: await res.json() };
}

/** A multipart body sent chunked (no Content-Length), so the server must count the bytes as they come. */
function uploadChunkedOnce(
  parts: (string | Buffer)[],
  boundary = "keelBoundary",
): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${server.url}/api/imports`, {
      method: "POST",
      headers: { cookie, "content-type": `multipart/form-data; boundary=${boundary}`, "transfer-encoding": "chunked" },
    });
    let answered = false;
    req.on("response", (res) => {
      answered = true;
      let text = "";
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      res.on("error", reject);
    });
    // The server answers 413 and closes while we still send: a write error after the answer is expected.
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    (async () => {
      for (const part of parts) if (!req.write(part)) await new Promise((r) => req.once("drain", r));
      req.end();
    })().catch(() => undefined);
  });
}

/**
 * The server stops reading at the limit, answers and closes; when the closed socket still receives
 * our body, its reset can overtake the answer (as with any server that stops reading). Try again then.
 */
async function uploadChunked(parts: (string | Buffer)[]): Promise<{ status: number; body: Record<string, unknown> }> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await uploadChunkedOnce(parts);
    } catch (error) {
      if (attempt === 3 || !["ECONNRESET", "EPIPE"].includes((error as NodeJS.ErrnoException).code ?? "")) throw error;
    }
  }
}

const field = (name: string, value: string) => `--keelBoundary\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const fileHead = `--keelBoundary\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\nContent-Type: text/csv\r\n\r\n`;
const end = "\r\n--keelBoundary--\r\n";

const noTempFiles = () => expect(fs.existsSync(UPLOAD_TEMP) ? fs.readdirSync(UPLOAD_TEMP) : []).toEqual([]);
const blob = (file: string) => new Blob([fs.readFileSync(file)], { type: "text/csv" });

test("a 16 MB subscriptions file imports with 200 through the production server", async () => {
  test.setTimeout(120_000);
  expect(fs.statSync(files.subscriptions).size).toBeGreaterThan(16_000_000);
  const customers = await upload([
    ["kind", "customers"],
    ["file", blob(files.customers), "customers.csv"],
  ]);
  expect(customers).toMatchObject({ status: 200, body: { kind: "customers", rows_read: 30_000, inserted: 30_000 } });
  // The file before the kind: the order of the fields does not matter.
  const subscriptions = await upload([
    ["file", blob(files.subscriptions), "subscriptions.csv"],
    ["kind", "subscriptions"],
  ]);
  expect(subscriptions).toMatchObject({
    status: 200,
    body: { kind: "subscriptions", rows_read: 300_000, inserted: 300_000, updated: 0, unchanged: 0 },
  });
  noTempFiles();

  // The server's metrics (cached by data version) see what the worker wrote. In January 2024 the
  // rows i = 12k (k < 25,000) are active: customers C-(12k mod 30,000), 2,500 of them; amount
  // (12k mod 900) + 49.5, yearly (/12) when k is a multiple of 5. Over a cycle of 75 values of k
  // that is 37,012.5 of which 7,042.5 yearly: 29,970 + 586.875 = 30,556.875 a month; 333 cycles
  // and the first 25 values of the next (3,990 + 847.5 / 12 = 4,060.625) make 10,179,500.
  const res = await fetch(`${server.url}/api/metrics?from=2024-01&to=2024-01`, { headers: { cookie } });
  const { summary } = (await res.json()) as { summary: { mrr: number; active_customers: number } };
  expect(summary.active_customers).toBe(2_500);
  expect(summary.mrr).toBeCloseTo(10_179_500, 2);
});

test("rejected uploads leave no temporary files", async () => {
  test.setTimeout(120_000);
  const csv = "customer_id,name,signup_date\nC-X,Xylo,2024-01-01\n";

  const oversize = await uploadChunked([field("kind", "customers"), fileHead, Buffer.alloc((LIMIT_MB + 1) * 1024 * 1024, "a"), end]);
  expect(oversize).toEqual({ status: 413, body: { error: `The file is larger than the ${LIMIT_MB} MB upload limit.`, code: "too_large" } });
  noTempFiles();

  const fileFirstOversize = await uploadChunked([
    fileHead,
    Buffer.alloc((LIMIT_MB + 1) * 1024 * 1024, "a"),
    end,
    field("kind", "customers"),
  ]);
  expect(fileFirstOversize.status).toBe(413);
  noTempFiles();

  const missingKind = await upload([["file", new Blob([csv]), "c.csv"]]);
  expect(missingKind).toMatchObject({
    status: 400,
    body: { error: expect.stringMatching(/kind field is missing/), code: "bad_parameter" },
  });
  noTempFiles();

  const badKind = await upload([
    ["kind", "invoices"],
    ["file", new Blob([csv]), "c.csv"],
  ]);
  expect(badKind).toMatchObject({ status: 400, body: { error: expect.stringMatching(/Unknown kind 'invoices'/) } });
  noTempFiles();

  const fileThenBadKind = await upload([
    ["file", blob(files.customers), "c.csv"],
    ["kind", "invoices"],
  ]);
  expect(fileThenBadKind).toMatchObject({ status: 400, body: { error: expect.stringMatching(/Unknown kind 'invoices'/) } });
  noTempFiles();

  const fileThenCutOff = await uploadChunked([fileHead, csv]);
  expect(fileThenCutOff.status).toBe(400);
  noTempFiles();

  const rowErrors = await upload([
    ["file", new Blob([`${csv}C-Y,,2024-01-01\n`]), "c.csv"],
    ["kind", "customers"],
  ]);
  expect(rowErrors).toMatchObject({ status: 422, body: { error_count: 1, errors: [{ row: 3, column: "name" }] } });
  noTempFiles();

  const imports = (await (await fetch(`${server.url}/api/imports`, { headers: { cookie } })).json()) as { imports: unknown[] };
  expect(imports.imports).toHaveLength(2);
});

test("a file over the limit sent by the browser gets the 413 message, not a network error", async ({ page }) => {
  const login = await page.request.post(`${server.url}/api/auth/login`, { data: ADMIN });
  expect(login.ok()).toBe(true);
  await page.goto(`${server.url}/import`);
  // The import form posts with XMLHttpRequest; the server answers at once from Content-Length and closes.
  const answer = await page.evaluate(async (mb) => {
    const form = new FormData();
    form.append("kind", "customers");
    form.append("file", new Blob([new Uint8Array(mb * 1024 * 1024).fill(97)]), "big.csv");
    return await new Promise<{ status: number; text: string }>((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", "/api/imports");
      xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText });
      xhr.onerror = () => resolve({ status: 0, text: "network error" });
      xhr.send(form);
    });
  }, LIMIT_MB + 1);
  expect(answer.status).toBe(413);
  expect(JSON.parse(answer.text)).toEqual({ error: `The file is larger than the ${LIMIT_MB} MB upload limit.`, code: "too_large" });
  noTempFiles();
});

test("the upload path, which the proxy leaves alone, still checks the user and the Origin and sends the security headers", async () => {
  const form = () => {
    const f = new FormData();
    f.append("kind", "customers");
    f.append("file", new Blob(["customer_id,name,signup_date\n"]), "c.csv");
    return f;
  };
  const anonymous = await fetch(`${server.url}/api/imports`, { method: "POST", body: form() });
  expect(anonymous.status).toBe(401);
  expect(anonymous.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  const foreign = await fetch(`${server.url}/api/imports`, {
    method: "POST",
    headers: { cookie, origin: "https://evil.example" },
    body: form(),
  });
  expect(foreign.status).toBe(403);
  expect(foreign.headers.get("x-frame-options")).toBe("DENY");
  const list = await fetch(`${server.url}/api/imports`, { headers: { cookie } });
  expect(list.status).toBe(200);
  expect(list.headers.get("x-content-type-options")).toBe("nosniff");
  noTempFiles();
});

test("two uploads at once are written one after the other, both in full", async () => {
  test.setTimeout(120_000);
  const extra = "customer_id,name,signup_date\nC-EXTRA-1,Extra One,2024-03-01\nC-EXTRA-2,Extra Two,2024-03-02\n";
  const [big, small] = await Promise.all([
    upload([
      ["kind", "subscriptions"],
      ["file", blob(files.subscriptions), "subscriptions-again.csv"],
    ]),
    upload([
      ["kind", "customers"],
      ["file", new Blob([extra]), "extra.csv"],
    ]),
  ]);
  expect(big).toMatchObject({ status: 200, body: { rows_read: 300_000, inserted: 0, unchanged: 300_000 } });
  expect(small).toMatchObject({ status: 200, body: { rows_read: 2, inserted: 2 } });
  expect(new Set([big.body.import_id, small.body.import_id])).toEqual(new Set([3, 4]));
  noTempFiles();
});

test("kill -9 in the middle of writing a large import leaves nothing of it, and the database opens fine", async () => {
  test.setTimeout(240_000);
  const db = path.join(DATA, "keel.db");
  const count = (sql: string) => {
    const reader = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return reader.prepare(sql).pluck().get();
    } finally {
      reader.close();
    }
  };
  // 500,000 rows: the 300,000 already stored and 200,000 new ones.
  fs.mkdirSync(path.join(ROOT, "bigger"));
  const bigger = await generateBenchFiles(path.join(ROOT, "bigger"), 500_000, 30_000);
  const pending = upload([
    ["kind", "subscriptions"],
    ["file", blob(bigger.subscriptions), "bigger.csv"],
  ]).catch((error: Error) => error);

  // The import holds the database's write lock only while it writes its one transaction: kill then.
  const watcher = new Database(db, { fileMustExist: true });
  watcher.pragma("busy_timeout = 0");
  let writing = false;
  const deadline = Date.now() + 180_000;
  while (!writing && Date.now() < deadline) {
    try {
      watcher.exec("BEGIN IMMEDIATE");
      watcher.exec("ROLLBACK");
      await new Promise((resolve) => setTimeout(resolve, 5));
    } catch (error) {
      if ((error as { code?: string }).code !== "SQLITE_BUSY") throw error;
      writing = true;
    }
  }
  watcher.close();
  expect(writing, "the import never started writing").toBe(true);
  await server.kill9();
  expect(await pending).toBeInstanceOf(Error);

  await server.start();
  cookie = await signIn();
  expect(count("pragma integrity_check")).toBe("ok");
  expect(count("select count(*) from subscriptions")).toBe(300_000);
  expect(count("select count(*) from imports")).toBe(4);
  noTempFiles();

  // The same file imports in full after the restart.
  const again = await upload([
    ["kind", "subscriptions"],
    ["file", blob(bigger.subscriptions), "bigger.csv"],
  ]);
  expect(again).toMatchObject({ status: 200, body: { rows_read: 500_000, inserted: 200_000, unchanged: 300_000 } });
  expect(count("select count(*) from subscriptions")).toBe(500_000);
  noTempFiles();
});
