import type { DataKind } from "@/lib/domain/types";
import type { ColumnMapping } from "@/lib/import/mapping";
import type { UploadAnswer } from "./types";

/** POSTs the file with XMLHttpRequest, which (unlike fetch) reports upload progress. */
export function uploadCsv(
  kind: DataKind,
  file: File,
  onProgress: (fraction: number) => void,
  mapping: ColumnMapping | null = null,
  preset?: string,
): Promise<UploadAnswer> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/imports");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const body = xhr.response ?? { error: `The server answered ${xhr.status} without a message.` };
      resolve(xhr.status === 200 ? { ok: true, body } : { ok: false, status: xhr.status, body });
    };
    xhr.onerror = () => resolve({ ok: false, status: 0, body: { error: "The upload failed: the server could not be reached." } });
    const form = new FormData();
    form.append("kind", kind);
    if (mapping) form.append("mapping", JSON.stringify(mapping));
    if (preset) form.append("preset", preset);
    form.append("file", file, file.name);
    xhr.send(form);
  });
}
