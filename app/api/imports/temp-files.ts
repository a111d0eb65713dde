import fs from "node:fs";
import path from "node:path";
import { dataDir } from "@/db/connection";

const PREFIX = "keel-upload-";

/** Every upload is spooled under KEEL_DATA_DIR/tmp: on the data disk, and in one place a test can check is empty. */
export function uploadTempRoot(): string {
  return path.join(dataDir(), "tmp");
}

/** A fresh folder for one upload; the caller removes it with {@link removeUploadDir} whatever happens. */
export function createUploadDir(): string {
  const root = uploadTempRoot();
  fs.mkdirSync(root, { recursive: true });
  return fs.mkdtempSync(path.join(root, PREFIX));
}

export function removeUploadDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** At start: folders left by a process that was killed in the middle of an upload. */
export function removeStaleUploads(): number {
  const root = uploadTempRoot();
  let removed = 0;
  for (const name of fs.existsSync(root) ? fs.readdirSync(root) : []) {
    if (!name.startsWith(PREFIX)) continue;
    removeUploadDir(path.join(root, name));
    removed += 1;
  }
  return removed;
}
