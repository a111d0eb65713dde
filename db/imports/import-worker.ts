import { parentPort, workerData } from "node:worker_threads";
import { openDatabase } from "../connection";
import { runImportJob, type ImportJob } from "./import-job";
import type { WorkerAnswer } from "./run-in-worker";

/**
 * Worker thread entry: parse, validate, stage and write one import on its own connection to the
 * WAL database, so the server's event loop keeps answering and readers keep the committed snapshot.
 */
async function main(job: ImportJob): Promise<WorkerAnswer> {
  const db = openDatabase(job.dbFile);
  try {
    return { outcome: await runImportJob(db, job) };
  } catch (error) {
    if ((error as { code?: string }).code === "SQLITE_BUSY") return { busy: true };
    const code = (error as { code?: unknown }).code;
    return { error: error instanceof Error ? (error.stack ?? error.message) : String(error), ...(typeof code === "string" ? { code } : {}) };
  } finally {
    db.$client.close();
  }
}

main(workerData as ImportJob).then((answer) => parentPort?.postMessage(answer));
