// Builds the production app when there is no build or the sources are newer than it.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");
// Keel never phones home; telemetry off for every Next.js command this repo runs.
process.env.NEXT_TELEMETRY_DISABLED = "1";

export const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

/**
 * The arguments of the production server, as npm start runs it: --expose-gc lets the server collect
 * the garbage of a rebuild or a new view at once (db/queries/collect-garbage.ts).
 */
export function nextStartArgs(port) {
  return ["--expose-gc", nextBin, "start", "-p", String(port)];
}

/**
 * glibc malloc settings for the production server: its typed arrays and SQLite's buffers live outside
 * the V8 heap, and by default glibc keeps what they free (a growing mmap threshold, one arena per
 * thread, import workers included). Two arenas and a fixed 128 KB mmap threshold give large frees back
 * to the system: RSS after the 50,000-customer dashboards about 530 -> 445 MB in the page bench.
 * malloc reads them when the process starts, so they go in the environment of the spawned server;
 * a value already set in `env` wins.
 */
export const SERVER_MALLOC_ENV = {
  MALLOC_ARENA_MAX: "2",
  MALLOC_MMAP_THRESHOLD_: "131072",
  MALLOC_TRIM_THRESHOLD_: "131072",
};

/** The environment of the production server: `env` (default process.env) with SERVER_MALLOC_ENV where `env` sets nothing. */
export function nextStartEnv(env = process.env) {
  return { ...SERVER_MALLOC_ENV, ...env };
}

const SOURCES = [
  "app",
  "components",
  "lib",
  "db",
  "public",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.mjs",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
];

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

export function needsBuild() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestMtime(path.join(root, source)) > built);
}

export function ensureBuild() {
  if (!needsBuild()) return;
  console.log("[keel] Building the app (first run or sources changed)...");
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
