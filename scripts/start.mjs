#!/usr/bin/env node
// `npm start`: builds when needed, then serves. The server itself migrates the database and
// loads the demo data at start (instrumentation.ts -> db/bootstrap.ts).
import { spawn } from "node:child_process";
import { ensureBuild, nextStartArgs, nextStartEnv, root } from "./lib/build.mjs";

ensureBuild();
const port = process.env.PORT ?? "3000";
console.log(`[keel] Starting on http://localhost:${port}`);
const server = spawn(process.execPath, nextStartArgs(port), { cwd: root, env: nextStartEnv(), stdio: "inherit" });
let forwarded = false;
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => ((forwarded = true), server.kill(signal)));
// The server prints why it could not start (one [keel] line) and exits non-zero; so does npm start.
server.on("exit", (code, signal) => process.exit(code ?? (signal && !forwarded ? 1 : 0)));
