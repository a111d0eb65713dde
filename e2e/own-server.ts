import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

// As npm start runs the server (nextStartArgs in scripts/lib/build.mjs, which Playwright's loader cannot import).
const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
const nextStartArgs = (port: number) => ["--expose-gc", nextBin, "start", "-p", String(port)];
// SERVER_MALLOC_ENV in scripts/lib/build.mjs.
const MALLOC_ENV = { MALLOC_ARENA_MAX: "2", MALLOC_MMAP_THRESHOLD_: "131072", MALLOC_TRIM_THRESHOLD_: "131072" };

/** A production server (`next start`) of this spec's own, on its own data folder, that a test may kill. */
export class OwnServer {
  private process: ChildProcess | null = null;
  output = "";

  constructor(
    readonly port: number,
    readonly dataDir: string,
    private readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    if (!this.process?.pid) throw new Error("The server is not running.");
    return this.process.pid;
  }

  async start(): Promise<void> {
    this.output = "";
    const busy = await fetch(`${this.url}/api/health`).then(
      () => true,
      () => false,
    );
    if (busy) throw new Error(`Port ${this.port} is taken by another server; stop it first.`);
    const server = spawn(process.execPath, nextStartArgs(this.port), {
      env: { ...MALLOC_ENV, ...process.env, ...this.env, KEEL_DATA_DIR: this.dataDir, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout?.on("data", (chunk) => (this.output += chunk));
    server.stderr?.on("data", (chunk) => (this.output += chunk));
    this.process = server;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (server.exitCode !== null) throw new Error(`The server exited (${server.exitCode}):\n${this.output}`);
      const up = await fetch(`${this.url}/api/health`).then(
        (r) => r.status === 401 || r.ok,
        () => false,
      );
      if (up) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`The server did not start:\n${this.output}`);
  }

  /** SIGKILL: no shutdown code runs, as when the machine loses power or the OOM killer strikes. */
  async kill9(): Promise<void> {
    await this.stop("SIGKILL");
  }

  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    const server = this.process;
    if (!server || server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill(signal);
    await exited;
    this.process = null;
  }
}
