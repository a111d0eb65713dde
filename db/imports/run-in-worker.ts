import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ImportOutcome } from "./import-types";
import type { ImportJob } from "./import-job";
import type { UndoOutcome } from "./undo-import";
import { QueuedWrite } from "./write-queue";

/** Another process held the database's write lock for longer than the busy timeout. */
export class WriteConflict extends Error {}

const WRITE_CONFLICT = "Another import or undo is being written to the database; try again when it has finished.";

export type WorkerTask = { import: ImportJob } | { undo: { dbFile: string; id: number } };
export type WorkerAnswer = { outcome: ImportOutcome | UndoOutcome } | { busy: true } | { error: string; code?: string };

/** Runs one import in a worker thread of its own: its outcome, and the worker's exit once the MRR facts are brought up to date. */
export function importInWorker(job: ImportJob): QueuedWrite<ImportOutcome> {
  return runInWorker({ import: job }) as QueuedWrite<ImportOutcome>;
}

/** Undoes one import in a worker thread: removing a large import's rows does not stop the server either. */
export function undoInWorker(dbFile: string, id: number): QueuedWrite<UndoOutcome> {
  return runInWorker({ undo: { dbFile, id } }) as QueuedWrite<UndoOutcome>;
}

function runInWorker(task: WorkerTask): QueuedWrite<ImportOutcome | UndoOutcome> {
  const worker = startWorker(task);
  const finished = new Promise<number>((resolve) => worker.once("exit", resolve));
  const answer = new Promise<ImportOutcome | UndoOutcome>((resolve, reject) => {
    let answered = false;
    worker.once("message", (message: WorkerAnswer) => {
      answered = true;
      if ("outcome" in message) resolve(message.outcome);
      else if ("busy" in message) reject(new WriteConflict(WRITE_CONFLICT));
      // The code (SQLITE_FULL, ...) lets the route wrapper name a storage failure.
      else reject(Object.assign(new Error(`The import worker failed: ${message.error}`), { code: message.code }));
    });
    worker.once("error", (error) => {
      answered = true;
      reject(error);
    });
    void finished.then((code) => {
      if (!answered) reject(new Error(`The import worker stopped without an answer (exit code ${code}).`));
    });
  });
  return new QueuedWrite(answer, finished);
}

/**
 * Next (build and dev) bundles the worker entry from this exact `new Worker(new URL(...))` form.
 * Unbundled (vitest, tsx) the worker loads the TypeScript source through tsx; that call is made
 * with Reflect.construct so the bundler does not take the eval code for an entry.
 */
function startWorker(task: WorkerTask): Worker {
  // A small young generation keeps the worker's garbage (parsed rows) from growing the server's RSS.
  const resourceLimits = { maxYoungGenerationSizeMb: 8 };
  if (process.env.NEXT_RUNTIME) return new Worker(new URL("./import-worker.ts", import.meta.url), { workerData: task, resourceLimits });
  const source = path.join(path.dirname(fileURLToPath(import.meta.url)), "import-worker.ts");
  const code = `require("tsx/cjs"); require(${JSON.stringify(source)});`;
  return Reflect.construct(Worker, [code, { eval: true, workerData: task, resourceLimits }]) as Worker;
}
