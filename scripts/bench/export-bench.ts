/**
 * Export timings through the production server in Chromium, on the demo data: a PNG export of
 * every chart of both dashboards (target: under 300 ms each after the first), each dashboard's
 * deck, and the monthly board pack. `npm run bench` runs it after the import bench; alone: `npx tsx scripts/bench/export-bench.ts`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { ensureBuild, nextStartArgs, nextStartEnv, root } from "../lib/build.mjs";

const ADMIN = { email: "bench@keel.test", password: "bench-export-password" };
const PNG_TARGET_MS = 300;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startServer(port: number, dataDir: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, nextStartArgs(port), {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: nextStartEnv({
      ...process.env,
      KEEL_DATA_DIR: dataDir,
      KEEL_DEMO: "on",
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      NEXT_TELEMETRY_DISABLED: "1",
    }),
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    const up = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      () => true,
      () => false,
    );
    if (up) return server;
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill();
  throw new Error("the server did not answer within 120 s");
}

async function measure(page: Page, name: string): Promise<number | null> {
  return page.evaluate((n) => {
    const entries = performance.getEntriesByName(n, "measure");
    return entries.length ? entries[entries.length - 1].duration : null;
  }, name);
}

/** Exports every chart of a dashboard as PNG through its menu; the app's own measure of render + capture. */
async function pngTimes(page: Page, url: string): Promise<{ id: string; ms: number; renderMs: number }[]> {
  await page.goto(url);
  await page.locator("[data-chart-id]").first().waitFor();
  const ids = await page.locator("[data-chart-id]").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-chart-id") ?? ""));
  const out: { id: string; ms: number; renderMs: number }[] = [];
  for (const id of ids) {
    const card = page.locator(`[data-chart-id="${id}"]`);
    await card.getByRole("button", { name: /^Export / }).click();
    await Promise.all([page.waitForEvent("download"), card.getByRole("menuitem", { name: "Download PNG" }).click()]);
    out.push({
      id,
      ms: (await measure(page, `keel-export:chart:${id}`)) ?? Number.NaN,
      renderMs: (await measure(page, `keel-export:render:${id}`)) ?? Number.NaN,
    });
  }
  return out;
}

async function deckTime(page: Page): Promise<number> {
  await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export deck" }).click()]);
  return (await measure(page, "keel-export:deck")) ?? Number.NaN;
}

async function boardPackTime(page: Page): Promise<{ appMs: number; clickToFileMs: number; charts: number }> {
  await page.goto("/board-pack");
  await page.locator("[data-chart-id]").first().waitFor();
  const charts = await page.locator("[data-chart-id]").count();
  const started = Date.now();
  await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Build board pack" }).click()]);
  return { appMs: (await measure(page, "keel-export:board-pack")) ?? Number.NaN, clickToFileMs: Date.now() - started, charts };
}

const ms = (v: number) => `${Math.round(v)} ms`;

export async function benchExports(): Promise<boolean> {
  console.log("\n== Exports (production server, Chromium, demo data) ==");
  ensureBuild();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-bench-export-"));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startServer(port, dataDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const context = await browser.newContext({ baseURL: base, acceptDownloads: true, viewport: { width: 1440, height: 900 } });
    const login = await context.request.post("/api/auth/login", { data: ADMIN, headers: { origin: base } });
    if (!login.ok()) throw new Error(`sign-in failed: ${login.status()}`);
    const page = await context.newPage();
    let met = true;
    for (const [label, url] of [
      ["Executive", "/"],
      ["Customer Success", "/cs"],
    ] as const) {
      const times = await pngTimes(page, url);
      const after = times.slice(1).map((t) => t.ms);
      const slowest = Math.max(...after);
      const ok = slowest < PNG_TARGET_MS;
      met &&= ok;
      console.log(
        `PNG export per chart, ${label} (${times.length} charts; total, of which drawing the frame): ${times.map((t) => `${t.id} ${ms(t.ms)} (${ms(t.renderMs)})`).join(", ")}`,
      );
      console.log(
        `  first ${ms(times[0].ms)}; after the first: median ${ms(after.sort((a, b) => a - b)[after.length >> 1])}, max ${ms(slowest)} ` +
          `-> ${ok ? "target met" : "TARGET MISSED"} (under ${PNG_TARGET_MS} ms each after the first)`,
      );
      console.log(`  ${label} deck (native charts): ${ms(await deckTime(page))}`);
    }
    const pack = await boardPackTime(page);
    console.log(`Board pack (${pack.charts} charts, native): built in ${ms(pack.appMs)}, click to file ${ms(pack.clickToFileMs)}`);
    return met;
  } finally {
    await browser.close();
    server.kill("SIGTERM");
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  benchExports().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
