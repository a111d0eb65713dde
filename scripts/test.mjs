#!/usr/bin/env node
// `npm test`: the formatting (Prettier), the layer rules (ESLint), the unit tests (Vitest), then the browser tests (Playwright in Debian's Chromium
// against a production build).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ensureBuild, root } from "./lib/build.mjs";
import { ensureChromium } from "./lib/chromium.mjs";

function run(bin, args, env = process.env) {
  const result = spawnSync(process.execPath, [path.join(root, "node_modules", bin), ...args], { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const chromium = ensureChromium();
run("prettier/bin/prettier.cjs", ["--check", "--log-level", "warn", "."]);
run("eslint/bin/eslint.js", ["--max-warnings", "0", "app", "components", "db", "lib", "proxy.ts", "instrumentation.ts"]);
run("vitest/vitest.mjs", ["run"]);
ensureBuild();
run("@playwright/test/cli.js", ["test"], { ...process.env, CHROMIUM_PATH: chromium });
