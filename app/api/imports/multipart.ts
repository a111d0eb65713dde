import fs from "node:fs";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import busboy from "busboy";
import { storageProblem } from "@/db/storage-errors";
import { formatMb } from "@/lib/import/read-csv";

/** The form fields of an upload besides the file, as sent (raw strings); checked by whoever uses them. */
export interface UploadFields {
  kind?: string;
  /** A source format of DATA.md; recognised from the header when absent. */
  preset?: string;
  /** JSON object: Keel column -> the file's header. */
  mapping?: string;
}

const FIELD_NAMES = ["kind", "preset", "mapping"] as const satisfies readonly (keyof UploadFields)[];

export interface UploadedFile {
  path: string;
  name: string;
  bytes: number;
}

export type UploadRefusal = { ok: false; status: 400 | 413; error: string };
export type UploadRead = { ok: true; fields: UploadFields; file: UploadedFile | null } | UploadRefusal;

export interface ReadUploadOptions {
  /** Largest accepted file, in bytes. */
  maxBytes: number;
  /** Folder the file part is written to (created by the caller, removed by the caller). */
  dir: string;
  /** Called for each field as it arrives; a refusal stops reading the body at once. */
  checkField?: (name: keyof UploadFields, value: string) => UploadRefusal | null;
}

const MAX_FIELD_BYTES = 64 * 1024;
// Room for the multipart envelope (boundaries, part headers) and the fields around the file itself.
export const ENVELOPE_BYTES = 1024 * 1024;
export const SEND_MULTIPART = "Send multipart/form-data with the fields kind and file.";

export const tooLarge = (maxBytes: number): UploadRefusal => ({
  ok: false,
  status: 413,
  error: `The file is larger than the ${formatMb(maxBytes)} upload limit.`,
});
const badRequest = (error: string): UploadRefusal => ({ ok: false, status: 400, error });

/**
 * Reads a multipart/form-data body with busboy: the `file` part streams to `dir/upload.csv`, the
 * other fields are collected, in any order. Past the size limit it stops reading and answers 413
 * without taking in the rest; the caller then closes the connection.
 */
export async function readUpload(source: Readable, contentType: string | null, options: ReadUploadOptions): Promise<UploadRead> {
  const { maxBytes, dir } = options;
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType ?? "" },
      // busboy signals 'limit' on reaching fileSize, so a file of exactly maxBytes still passes.
      limits: { fileSize: Math.floor(maxBytes) + 1, files: 1, fields: 16, parts: 24, fieldSize: MAX_FIELD_BYTES, headerPairs: 16 },
    });
  } catch {
    return badRequest(SEND_MULTIPART);
  }

  const fields: UploadFields = {};
  let file: UploadedFile | null = null;
  const writes: Promise<unknown>[] = [];
  const streams: (Readable | fs.WriteStream)[] = [];
  let bodyBytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bodyBytes += chunk.length;
      if (bodyBytes > maxBytes + ENVELOPE_BYTES) stop(tooLarge(maxBytes));
      done(null, chunk);
    },
  });

  let settle: (answer: UploadRead) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const answer = new Promise<UploadRead>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  let done = false;

  async function halt(): Promise<void> {
    done = true;
    // Stop pulling the body (no draining the rest into memory); the route answers with Connection: close.
    source.unpipe(counter);
    counter.unpipe(parser);
    source.pause();
    // Not from inside busboy's own event: it still touches the part after emitting 'limit'.
    await new Promise((resolve) => setImmediate(resolve));
    parser.destroy();
    // Both ends: a part that busboy already ended but the disk has not taken in yet never settles otherwise.
    for (const stream of streams) stream.destroy();
    await Promise.allSettled(writes);
  }

  async function stop(refusal: UploadRefusal): Promise<void> {
    if (done) return;
    await halt();
    settle(refusal);
  }

  // The spool file could not be written (a full disk) or its part broke off: busboy would wait forever, so end at once.
  async function abort(error: unknown): Promise<void> {
    if (done) return;
    if (!storageProblem(error)) return stop(badRequest(`The upload was interrupted. ${SEND_MULTIPART}`));
    await halt();
    fail(error);
  }

  parser.on("field", (name, value, info) => {
    if (done) return;
    // `curl -F "file=<data.csv"` sends the file as a text field: fine while it is small.
    if (name === "file" && !file) {
      if (info.valueTruncated)
        return void stop(badRequest(`Send the CSV as a file part (curl -F file=@data.csv), not as a text field. ${SEND_MULTIPART}`));
      const target = path.join(dir, "upload.csv");
      fs.writeFileSync(target, value);
      file = { path: target, name: "upload.csv", bytes: Buffer.byteLength(value) };
      return;
    }
    if (!(FIELD_NAMES as readonly string[]).includes(name)) return;
    if (info.valueTruncated) return void stop(badRequest(`The ${name} field is longer than ${MAX_FIELD_BYTES / 1024} KB.`));
    const key = name as keyof UploadFields;
    fields[key] = value;
    const refusal = options.checkField?.(key, value);
    if (refusal) void stop(refusal);
  });

  parser.on("file", (name, stream, info) => {
    if (done || name !== "file" || file) {
      stream.resume();
      return;
    }
    const target = path.join(dir, "upload.csv");
    const current: UploadedFile = { path: target, name: info.filename || "upload.csv", bytes: 0 };
    file = current;
    stream.on("data", (chunk: Buffer) => (current.bytes += chunk.length));
    stream.on("limit", () => void stop(tooLarge(maxBytes)));
    const out = fs.createWriteStream(target);
    streams.push(stream, out);
    const write = pipeline(stream, out);
    write.catch((error) => void abort(error));
    writes.push(write);
  });

  parser.on("filesLimit", () => void stop(badRequest(`Send one file per upload. ${SEND_MULTIPART}`)));
  parser.on("fieldsLimit", () => void stop(badRequest(`The form has too many fields. ${SEND_MULTIPART}`)));
  parser.on("partsLimit", () => void stop(badRequest(`The form has too many parts. ${SEND_MULTIPART}`)));
  parser.on(
    "error",
    (error: Error) => void stop(badRequest(`The upload could not be read (${error.message.replace(/\.$/, "")}). ${SEND_MULTIPART}`)),
  );
  parser.on("close", async () => {
    if (done) return;
    const results = await Promise.allSettled(writes);
    if (done) return;
    done = true;
    const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) fail(failed.reason);
    else settle({ ok: true, fields, file });
  });
  source.on("error", () => void stop(badRequest(`The upload was interrupted. ${SEND_MULTIPART}`)));

  source.pipe(counter).pipe(parser);
  return answer;
}
