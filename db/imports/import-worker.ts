import { parentPort, workerData } from "node:worker_threads";
import { openDatabase } from "../connection";
import { runImportJob } from "./import-job";
import type { WorkerAnswer, WorkerTask } from "./run-in-worker";
import { undoImport } from "./undo-import";

/**
 * Worker thread entry: one import (parse, validate, stage, write) or one undo, on its own connection
 * to the WAL database, so the server's event loop keeps answering and readers keep the committed snapshot.
 */
async function main(task: WorkerTask): Promise<WorkerAnswer> {
  const db = openDatabase("import" in task ? task.import.dbFile : task.undo.dbFile);
  try {
    return { outcome: "import" in task ? await runImportJob(db, task.import) : undoImport(db, task.undo.id) };
  } catch (error) {
    if ((error as { code?: string }).code === "SQLITE_BUSY") return { busy: true };
    const code = (error as { code?: unknown }).code;
    return { error: error instanceof Error ? (error.stack ?? error.message) : String(error), ...(typeof code === "string" ? { code } : {}) };
  } finally {
    db.$client.close();
  }
}

main(workerData as WorkerTask).then((answer) => parentPort?.postMessage(answer));
