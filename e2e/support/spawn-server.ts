import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { E2E_ADMIN } from "../../playwright.config";

const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
const portBase = Number(process.env.E2E_PORT_BASE ?? 3100);

/** Ports for servers a spec starts itself: 50 above the three e2e servers, so checkouts side by side never meet. */
export const ownPort = (offset: number) => portBase + 50 + offset;

export interface SpawnedServer {
  url: string;
  process: ChildProcess;
  output: () => string;
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  exited: Promise<number | string>;
  stop: (signal?: NodeJS.Signals) => Promise<number | string>;
}

/** `next start` of the production build against a data folder of the test's own. */
export function startServer(
  dataDir: string,
  port: number,
  env: Record<string, string> = {},
  options: { uid?: number; gid?: number } = {},
): SpawnedServer {
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      KEEL_DATA_DIR: dataDir,
      KEEL_DEMO: "off",
      ADMIN_EMAIL: E2E_ADMIN.email,
      ADMIN_PASSWORD: E2E_ADMIN.password,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    ...options,
  });
  let text = "";
  child.stdout?.on("data", (chunk) => (text += chunk));
  child.stderr?.on("data", (chunk) => (text += chunk));
  const exited = new Promise<number | string>((resolve) => child.on("exit", (code, signal) => resolve(code ?? signal ?? "unknown")));
  return {
    url: `http://127.0.0.1:${port}`,
    process: child,
    output: () => text,
    exited,
    stop: (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Waits until /api/health answers (401 without a session counts), or the process ends. */
export async function waitUntilServing(server: SpawnedServer, timeoutMs = 60_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  void server.exited.then(() => (ended = true));
  while (Date.now() < deadline && !ended) {
    try {
      const res = await fetch(`${server.url}/api/health`);
      if (res.status === 401 || res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}
