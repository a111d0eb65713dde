import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

/** Two servers of the same production build: one seeded with the demo, one empty. */
/** E2E_BASE_URL points the demo-data tests at a running server (e.g. `next dev`) instead. */
export const DEMO_URL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100";
export const EMPTY_URL = "http://127.0.0.1:3101";
/** An empty server of its own for the import tests, which add and undo data. */
export const IMPORT_URL = "http://127.0.0.1:3102";

const dataRoot = path.join(os.tmpdir(), "keel-e2e");

function server(port: number, name: string, demo: "on" | "off") {
  return {
    command: "node scripts/e2e-server.mjs",
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
    env: { PORT: String(port), KEEL_DATA_DIR: path.join(dataRoot, name), KEEL_DEMO: demo },
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
  webServer: process.env.E2E_BASE_URL ? [] : [server(3100, "demo", "on"), server(3101, "empty", "off"), server(3102, "import", "off")],
});
