#!/usr/bin/env node
// `npm start`: builds when needed, then serves. The server itself migrates the database and
// loads the demo data at start (instrumentation.ts -> db/bootstrap.ts).
import { spawn } from "node:child_process";
import { ensureBuild, nextBin, root } from "./lib/build.mjs";

ensureBuild();
const port = process.env.PORT ?? "3000";
console.log(`[keel] Starting on http://localhost:${port}`);
const server = spawn(process.execPath, [nextBin, "start", "-p", port], { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
