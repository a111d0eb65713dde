/** Which failures are the disk's or the file system's, not Keel's: SQLite and Node error codes, through `cause` chains. */
export type StorageProblem = "full" | "read_only";

// SQLite reports a shared-memory file it could not grow (no space left for keel.db-shm) as SHMSIZE.
const FULL = new Set(["SQLITE_FULL", "SQLITE_IOERR_SHMSIZE", "ENOSPC", "EDQUOT"]);
const READ_ONLY = /^(SQLITE_READONLY|SQLITE_IOERR|SQLITE_CANTOPEN|EACCES|EPERM|EROFS|EIO)/;

export function storageProblem(error: unknown): StorageProblem | null {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== "string") continue;
    if (FULL.has(code)) return "full";
    if (READ_ONLY.test(code)) return "read_only";
  }
  return null;
}

export function storageMessage(problem: StorageProblem): string {
  return problem === "full"
    ? "Keel could not save: the disk that holds its database is full. Free some space (or move KEEL_DATA_DIR to a larger disk) and try again; nothing was changed."
    : "Keel could not save: its database is read-only or the disk failed. Check that the user running Keel can write to KEEL_DATA_DIR and its keel.db files, then try again; nothing was changed.";
}
