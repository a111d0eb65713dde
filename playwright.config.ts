import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

/** Servers of the same production build: one seeded with the demo, one empty. */
/** E2E_BASE_URL points the demo-data tests at a running server (e.g. `next dev`) instead. */
/** Each server has its own host: cookies are per host, not per port, so a session never reaches another server. */
/** E2E_PORT_BASE (default 3100) moves all three servers, so several checkouts can run their suites side by side. */
const portBase = Number(process.env.E2E_PORT_BASE ?? 3100);
export const DEMO_URL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${portBase}`;
export const EMPTY_URL = `http://localhost:${portBase + 1}`;
/** An empty server of its own for the import tests, which add and undo data. */
export const IMPORT_URL = `http://127.0.0.2:${portBase + 2}`;

/** The admin every server creates at start (ADMIN_EMAIL / ADMIN_PASSWORD); e2e/fixtures.ts signs in as it. */
export const E2E_ADMIN = {
  email: process.env.E2E_ADMIN_EMAIL ?? "admin@keel.test",
  password: process.env.E2E_ADMIN_PASSWORD ?? "e2e-admin-password",
};

const dataRoot = path.join(os.tmpdir(), `keel-e2e-${portBase}`);

/** /api/health answers 401 without a session, which Playwright counts as ready. */
function server(baseUrl: string, name: string, demo: "on" | "off") {
  const port = new URL(baseUrl).port;
  return {
    command: "node scripts/e2e-server.mjs",
    url: `${baseUrl}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
    env: {
      PORT: port,
      KEEL_DATA_DIR: path.join(dataRoot, name),
      KEEL_DEMO: demo,
      ADMIN_EMAIL: E2E_ADMIN.email,
      ADMIN_PASSWORD: E2E_ADMIN.password,
    },
  };
}

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: DEMO_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    acceptDownloads: true,
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: process.env.E2E_BASE_URL
    ? []
    : [server(DEMO_URL, "demo", "on"), server(EMPTY_URL, "empty", "off"), server(IMPORT_URL, "import", "off")],
});
