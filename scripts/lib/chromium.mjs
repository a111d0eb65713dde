// Finds Debian's Chromium for the browser tests, installing it with apt-get when we may.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

export function chromiumPath() {
  return process.env.CHROMIUM_PATH || "/usr/bin/chromium";
}

export function ensureChromium() {
  const target = chromiumPath();
  if (fs.existsSync(target)) return target;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = fs.existsSync("/usr/bin/apt-get");
  if (!isRoot || !hasApt || process.env.CHROMIUM_PATH) {
    console.error(
      `Chromium not found at ${target}: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to its binary.`,
    );
    process.exit(1);
  }
  console.log("[keel] Installing Chromium with apt-get for the browser tests...");
  for (const args of [["update"], ["install", "-y", "chromium"]]) {
    const run = spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (run.status !== 0) {
      console.error("Could not install Chromium with apt-get; install it by hand: apt-get install -y chromium");
      process.exit(1);
    }
  }
  return target;
}
