#!/usr/bin/env node
// Serves the production build for the browser tests from a wiped data folder,
// so every run starts from an empty database (seeded with the demo unless KEEL_DEMO=off).
import { spawn } from "node:child_process";
import fs from "node:fs";
import { nextStartArgs, nextStartEnv, root } from "./lib/build.mjs";

const dir = process.env.KEEL_DATA_DIR;
if (!dir) throw new Error("KEEL_DATA_DIR must be set for the e2e server");
fs.rmSync(dir, { recursive: true, force: true });
const server = spawn(process.execPath, nextStartArgs(process.env.PORT ?? "3100"), { cwd: root, env: nextStartEnv(), stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
