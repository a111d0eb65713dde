import { parentPort, workerData } from "node:worker_threads";
import { openDatabase, type KeelDb } from "../connection";
import { runImportJob } from "./import-job";
import { refreshPendingMrrFacts } from "./mrr-facts";
import { refreshEventSnapshots } from "../queries/event-snapshots";
import type { WorkerAnswer, WorkerTask } from "./run-in-worker";
import { undoImport } from "./undo-import";

/**
 * Worker thread entry: one import (parse, validate, stage, write) or one undo, on its own connection
 * to the WAL database, so the server's event loop keeps answering and readers keep the committed snapshot.
 * After answering, the worker recomputes the MRR facts the write left pending and the column snapshot
 * of the event kind it wrote; the write queue waits for it to exit before the next import or undo starts.
 */
async function answer(db: KeelDb, task: WorkerTask): Promise<WorkerAnswer> {
  try {
    return { outcome: "import" in task ? await runImportJob(db, task.import) : undoImport(db, task.undo.id) };
  } catch (error) {
    if ((error as { code?: string }).code === "SQLITE_BUSY") return { busy: true };
    const code = (error as { code?: unknown }).code;
    return {
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      ...(typeof code === "string" ? { code } : {}),
    };
  }
}

async function main(task: WorkerTask): Promise<void> {
  const db = openDatabase("import" in task ? task.import.dbFile : task.undo.dbFile);
  try {
    parentPort?.postMessage(await answer(db, task));
    try {
      refreshPendingMrrFacts(db);
    } catch (error) {
      // The customers stay pending: the next import's worker or the next start recomputes them.
      console.error("[keel] The MRR facts could not be brought up to date after the write:", error);
    }
    try {
      refreshEventSnapshots(db);
    } catch (error) {
      // A stale snapshot is never read: the server reads the kind's rows until one is written.
      console.error("[keel] The event column snapshots could not be brought up to date after the write:", error);
    }
  } finally {
    db.$client.close();
  }
}

void main(workerData as WorkerTask);
