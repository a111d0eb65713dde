/**
 * The page bench: the production server's answers over HTTP with the large preset imported through
 * POST /api/imports, its peak RSS, and in Chromium against the demo data the filter-change and LCP times.
 *
 * KEEL_BENCH_CUSTOMERS / KEEL_BENCH_MONTHS shrink the data set for quick runs; KEEL_BENCH_PORT
 * (default 3750) is the first of the two ports it serves on; KEEL_BENCH_SKIP_BROWSER=1 leaves out Chromium, KEEL_BENCH_SKIP_SERVER=1 the large data set;
 * KEEL_BENCH_RUNS (default 7) is the number of warm requests; KEEL_BENCH_NO_BUILD=1 serves .next as it is.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeDemoCsvFiles } from "@/lib/demo/write-demo";
import { DATASET_KINDS } from "@/lib/domain/types";
import { nextStartArgs, nextStartEnv } from "../lib/build.mjs";

const root = path.resolve(__dirname, "..", "..");
const ADMIN = { email: "admin@keel.test", password: "e2e-admin-password" };

export interface Figure {
  what: string;
  value: number | null;
  unit: "ms" | "MB" | "KB";
  /** Met when value < target. */
  target: number | null;
  note?: string;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

interface Server {
  url: string;
  child: ChildProcess;
  cookie: string;
  dir: string;
}

async function startServer(port: number, demo: boolean): Promise<Server> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-page-bench-"));
  const child = spawn(process.execPath, nextStartArgs(port), {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: nextStartEnv({
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      KEEL_DATA_DIR: dir,
      KEEL_DEMO: demo ? "on" : "off",
      KEEL_MAX_UPLOAD_MB: "2000",
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    }),
  });
  // Never leave a server behind, whatever happens to this process.
  process.once("exit", () => child.kill("SIGKILL"));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server on port ${port} exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/api/health`).then(
      () => true,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`the server on port ${port} did not answer in 180 s`);
    await new Promise((r) => setTimeout(r, 300));
  }
  const res = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: url },
    body: JSON.stringify(ADMIN),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { url, child, cookie, dir };
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode === null) {
    const exited = new Promise((r) => server.child.once("exit", r));
    server.child.kill("SIGTERM");
    await exited;
  }
  fs.rmSync(server.dir, { recursive: true, force: true });
}

/** Peak RSS (VmHWM), or with "VmRSS" the current RSS, of the server process and any process it started, in MB. */
function peakRssMb(pid: number, field: "VmHWM" | "VmRSS" = "VmHWM"): number {
  const pids = [pid];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (pids.includes(ppid)) pids.push(Number(entry));
    } catch {
      // gone
    }
  }
  let peak = 0;
  for (const p of pids) {
    try {
      const kb = new RegExp(`${field}:\\s+(\\d+)`).exec(fs.readFileSync(`/proc/${p}/status`, "utf8"));
      if (kb) peak = Math.max(peak, Number(kb[1]) / 1024);
    } catch {
      // gone
    }
  }
  return peak;
}

async function timeGet(server: Server, pathAndQuery: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${server.url}${pathAndQuery}`, { headers: { cookie: server.cookie } });
  await res.arrayBuffer();
  const ms = performance.now() - started;
  if (!res.ok) throw new Error(`GET ${pathAndQuery}: ${res.status}`);
  return ms;
}

async function warmMedian(server: Server, pathAndQuery: string, runs: number): Promise<number> {
  await timeGet(server, pathAndQuery);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeGet(server, pathAndQuery));
  return median(times);
}

async function importFile(server: Server, kind: string, file: string): Promise<void> {
  const form = new FormData();
  form.set("kind", kind);
  form.set("file", await fs.openAsBlob(file, { type: "text/csv" }), `${kind}.csv`);
  const res = await fetch(`${server.url}/api/imports`, {
    method: "POST",
    headers: { cookie: server.cookie, origin: server.url },
    body: form,
  });
  if (!res.ok) throw new Error(`import of ${kind} failed: ${res.status} ${await res.text()}`);
}

/** The server side on the large preset: answers cold after an import and warm, and peak RSS. */
async function serverFigures(port: number, customers: number | undefined, months: number | undefined, runs: number): Promise<Figure[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-page-bench-csv-"));
  const server = await startServer(port, false);
  try {
    let started = performance.now();
    const files = await writeDemoCsvFiles(dataDir, { preset: "large", customers, months });
    console.log(
      `generated ${files.customers.rows.toLocaleString("en-US")} customers in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    started = performance.now();
    for (const kind of DATASET_KINDS) await importFile(server, kind, files[kind].file);
    console.log(`imported over HTTP in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // Each "cold" figure is the first request after an import: re-importing the costs file changes
    // no row but bumps the data version, as any import does.
    const reimport = () => importFile(server, "costs", files.costs.file);
    const rebuild = await timeGet(server, "/api/metrics");
    await reimport();
    const costsRebuild = await timeGet(server, "/api/metrics");
    await reimport();
    const homeCold = await timeGet(server, "/");
    await reimport();
    const csCold = await timeGet(server, "/cs");
    await reimport();
    const customersCold = await timeGet(server, "/customers");
    const metricsWarm = await warmMedian(server, "/api/metrics", runs);
    const homeWarm = await warmMedian(server, "/", runs);
    const csWarm = await warmMedian(server, "/cs", runs);
    const customersWarm = await warmMedian(server, "/customers", runs);
    const rss = peakRssMb(server.child.pid!);
    const rssNow = peakRssMb(server.child.pid!, "VmRSS");
    // The costs file is the smallest kind; the rebuild rereads only the kinds an import wrote, so the
    // biggest kind (tickets) shows what a rebuild after a real import costs.
    await importFile(server, "tickets", files.tickets.file);
    const ticketsRebuild = await timeGet(server, "/api/metrics");
    return [
      { what: "GET /api/metrics, 12 months, warm median", value: metricsWarm, unit: "ms", target: 100 },
      { what: "first request after an import (rebuild)", value: rebuild, unit: "ms", target: 3000 },
      { what: "first request after a costs re-import", value: costsRebuild, unit: "ms", target: 3000 },
      { what: "first request after a tickets re-import", value: ticketsRebuild, unit: "ms", target: 3000 },
      { what: "/ server answer, cold after import", value: homeCold, unit: "ms", target: 3000 },
      { what: "/ server answer, warm median", value: homeWarm, unit: "ms", target: 300 },
      { what: "/cs server answer, cold after import", value: csCold, unit: "ms", target: null },
      { what: "/cs server answer, warm median", value: csWarm, unit: "ms", target: 300 },
      { what: "/customers server answer, cold after import", value: customersCold, unit: "ms", target: null },
      { what: "/customers server answer, warm median", value: customersWarm, unit: "ms", target: 300 },
      { what: "server peak RSS (VmHWM, imports included)", value: rss, unit: "MB", target: 500 },
      { what: "server RSS after loading the dashboards", value: rssNow, unit: "MB", target: 500 },
    ];
  } finally {
    await stopServer(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** In Chromium against the demo data: filter change to busy cue and to updated charts, and LCP. */
async function browserFigures(port: number, runs: number): Promise<Figure[]> {
  const { chromium } = await import("@playwright/test");
  const server = await startServer(port, true);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const newContext = async () => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      for (const c of server.cookie.split("; ")) {
        const [n, ...v] = c.split("=");
        await context.addCookies([{ name: n, value: v.join("="), url: server.url }]);
      }
      return context;
    };
    const lcp = async (pagePath: string) => {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const context = await newContext();
        const page = await context.newPage();
        await page.goto(`${server.url}${pagePath}`, { waitUntil: "load" });
        await page.waitForTimeout(500);
        times.push(
          await page.evaluate(
            () =>
              new Promise<number>((resolve) => {
                new PerformanceObserver((list) => {
                  const entries = list.getEntries();
                  resolve(entries[entries.length - 1].startTime);
                }).observe({ type: "largest-contentful-paint", buffered: true });
              }),
          ),
        );
        await context.close();
      }
      return median(times);
    };
    const lcpHome = await lcp("/");
    const lcpCs = await lcp("/cs");
    /** JavaScript a cold load of the page downloads: compressed bytes on the wire, and uncompressed. */
    const scriptBytes = async (pagePath: string) => {
      const context = await newContext();
      const page = await context.newPage();
      const sizes: Promise<{ wire: number; raw: number }>[] = [];
      page.on("response", (response) => {
        if (response.request().resourceType() !== "script") return;
        sizes.push(
          Promise.all([response.request().sizes(), response.body()]).then(([s, body]) => ({ wire: s.responseBodySize, raw: body.length })),
        );
      });
      await page.goto(`${server.url}${pagePath}`, { waitUntil: "networkidle" });
      const all = await Promise.all(sizes);
      await context.close();
      return { wire: all.reduce((t, s) => t + s.wire, 0) / 1024, raw: all.reduce((t, s) => t + s.raw, 0) / 1024 };
    };
    const jsHome = await scriptBytes("/");
    const jsCs = await scriptBytes("/cs");

    // Timed in the page: from the select's change event to the first busy cue (the filter bar's
    // "Updating…", or before it existed the dashboard's aria-busy) and to the last one clearing.
    const busy: number[] = [];
    const updated: number[] = [];
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/`, { waitUntil: "load" });
    await page.locator(".recharts-surface").first().waitFor();
    await page.evaluate(() => {
      const sel = '[data-busy-cue="true"], [aria-busy="true"]';
      const w = window as unknown as { __t: { change: number | null; busy: number | null; idle: number | null } };
      w.__t = { change: null, busy: null, idle: null };
      document.addEventListener("change", () => (w.__t = { change: performance.now(), busy: null, idle: null }), { capture: true });
      new MutationObserver(() => {
        if (w.__t.change === null || w.__t.idle !== null) return;
        if (document.querySelector(sel)) w.__t.busy ??= performance.now();
        else if (w.__t.busy !== null) w.__t.idle = performance.now();
      }).observe(document.body, { subtree: true, attributes: true, childList: true, attributeFilter: ["aria-busy", "data-busy-cue"] });
    });
    // Each change asks for a view not seen yet (a view already fetched answers from the client's cache).
    const csms = await page.locator('select[name="csm"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const choices = csms.filter(Boolean).slice(0, Math.max(runs, 3));
    for (const csm of choices) {
      await page.waitForTimeout(300);
      await page.selectOption('select[name="csm"]', csm);
      await page.waitForFunction(() => (window as unknown as { __t: { idle: number | null } }).__t.idle !== null, undefined, {
        timeout: 60_000,
      });
      const t = await page.evaluate(() => (window as unknown as { __t: { change: number; busy: number; idle: number } }).__t);
      busy.push(t.busy - t.change);
      updated.push(t.idle - t.change);
    }
    await context.close();
    return [
      { what: "filter change to busy cue (demo, Chromium)", value: median(busy), unit: "ms", target: 100 },
      { what: "filter change to updated charts (demo, Chromium)", value: median(updated), unit: "ms", target: null },
      { what: "LCP of / (demo, cold context)", value: lcpHome, unit: "ms", target: null },
      { what: "LCP of /cs (demo, cold context)", value: lcpCs, unit: "ms", target: null },
      {
        what: "JavaScript shipped by /, compressed",
        value: jsHome.wire,
        unit: "KB",
        target: null,
        note: `${jsHome.raw.toFixed(0)} KB uncompressed`,
      },
      {
        what: "JavaScript shipped by /cs, compressed",
        value: jsCs.wire,
        unit: "KB",
        target: null,
        note: `${jsCs.raw.toFixed(0)} KB uncompressed`,
      },
    ];
  } finally {
    await browser.close();
    await stopServer(server);
  }
}

export function printFigures(figures: Figure[]): void {
  const width = Math.max(...figures.map((f) => f.what.length));
  console.log(`${"what".padEnd(width)}  ${"measured".padStart(10)}  ${"target".padStart(10)}  verdict`);
  for (const f of figures) {
    const shown = f.value === null ? "-" : `${f.value.toFixed(0)} ${f.unit}`;
    const target = f.target === null ? "-" : `< ${f.target} ${f.unit}`;
    const verdict = f.value === null || f.target === null ? "" : f.value < f.target ? "met" : "MISSED";
    console.log(`${f.what.padEnd(width)}  ${shown.padStart(10)}  ${target.padStart(10)}  ${verdict}${f.note ? ` (${f.note})` : ""}`);
  }
  console.log(
    `load average: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} on ${os.cpus().length} cores`,
  );
}

export async function benchPages(): Promise<Figure[]> {
  const num = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);
  const port = num("KEEL_BENCH_PORT") ?? 3750;
  const runs = num("KEEL_BENCH_RUNS") ?? 7;
  // The production build, rebuilt when the sources are newer (as npm start does); KEEL_BENCH_NO_BUILD=1 serves .next as it is.
  const built =
    process.env.KEEL_BENCH_NO_BUILD === "1"
      ? { status: 0 }
      : spawnSync(
          process.execPath,
          [
            "--input-type=module",
            "-e",
            `import { ensureBuild } from ${JSON.stringify(path.join(root, "scripts", "lib", "build.mjs"))}; ensureBuild();`,
          ],
          { stdio: "inherit" },
        );
  if (built.status !== 0) throw new Error("the production build failed");
  console.log(
    `load average at start: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  const figures =
    process.env.KEEL_BENCH_SKIP_SERVER === "1"
      ? []
      : await serverFigures(port, num("KEEL_BENCH_CUSTOMERS"), num("KEEL_BENCH_MONTHS"), runs);
  if (process.env.KEEL_BENCH_SKIP_BROWSER === "1") return figures;
  if (figures.length) printFigures(figures); // shown now too, in case the browser part fails
  figures.push(...(await browserFigures(port + 1, Math.min(runs, 5))));
  return figures;
}

if (require.main === module) {
  benchPages()
    .then(printFigures)
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
