import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import type { KeelDb } from "@/db/connection";
import { importCsv, type ImportFailure, type ImportOutcome } from "@/db/imports/import-csv";
import { DATA_KINDS, type DataKind } from "@/lib/domain/types";
import { formatMb } from "@/lib/import/read-csv";
import { MultipartError, readMultipart, readText } from "./multipart";

export function maxUploadBytes(): number {
  const mb = Number(process.env.KEEL_MAX_UPLOAD_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : 100) * 1024 * 1024;
}

export const tooLarge = (maxBytes: number) => `The file is larger than the ${formatMb(maxBytes)} upload limit.`;

function badRequest(error: string): ImportFailure {
  return { ok: false, status: 400, error, errors: [], error_count: 0 };
}

export function parseKind(value: string | null): DataKind | null {
  const kind = value?.trim().toLowerCase() ?? "";
  return (DATA_KINDS as readonly string[]).includes(kind) ? (kind as DataKind) : null;
}

const KIND_HINT = `kind must be one of ${DATA_KINDS.join(", ")}`;

/**
 * Streams the `file` part of a multipart body into importCsv. When `file` comes before `kind`,
 * it is spooled to a temporary file first so the body is still never held in memory.
 */
export async function importUpload(
  db: KeelDb,
  body: AsyncIterable<Uint8Array>,
  boundary: string,
  userEmail: string | null,
): Promise<ImportOutcome> {
  const maxBytes = maxUploadBytes();
  let kindText: string | null = null;
  let mapping: string | null = null;
  let preset: string | null = null;
  let spooled: { file: string; name: string } | null = null;
  let outcome: ImportOutcome | null = null;
  try {
    for await (const part of readMultipart(body, boundary)) {
      // Drain what is left so the browser reads the answer; past the size limit, stop reading instead.
      if (outcome) {
        if (!outcome.ok && outcome.status === 413) break;
        continue;
      }
      if (part.name === "kind" && part.filename === null) kindText = await readText(part.body);
      else if (part.name === "mapping" && part.filename === null) mapping = await readText(part.body, 64 * 1024);
      else if (part.name === "preset" && part.filename === null) preset = await readText(part.body);
      else if (part.name === "file") {
        const fileName = part.filename || "upload.csv";
        if (kindText === null) spooled = { file: await spool(part.body, maxBytes), name: fileName };
        else {
          const kind = parseKind(kindText);
          outcome = kind
            ? await importCsv(db, { kind, fileName, userEmail, input: part.body, mapping, preset, maxBytes })
            : badRequest(`Unknown kind '${kindText}'; ${KIND_HINT}.`);
        }
      }
    }
    if (outcome) return outcome;
    const kind = parseKind(kindText);
    if (kindText === null || !kind) return badRequest(kindText === null ? `The kind field is missing; ${KIND_HINT}.` : `Unknown kind '${kindText}'; ${KIND_HINT}.`);
    if (!spooled) return badRequest("The file field is missing; attach the CSV file as 'file'.");
    return await importCsv(db, { kind, fileName: spooled.name, userEmail, input: { path: spooled.file }, mapping, preset, maxBytes });
  } catch (error) {
    if (error instanceof SpoolTooLarge) return { ok: false, status: 413, error: tooLarge(maxBytes), errors: [], error_count: 0 };
    if (error instanceof MultipartError) return badRequest(`${error.message} Send multipart/form-data with the fields kind and file.`);
    throw error;
  } finally {
    if (spooled) fs.rmSync(path.dirname(spooled.file), { recursive: true, force: true });
  }
}

class SpoolTooLarge extends Error {}

async function spool(body: AsyncIterable<Uint8Array>, maxBytes: number): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-upload-"));
  const file = path.join(dir, "upload.csv");
  let bytes = 0;
  async function* counted() {
    for await (const piece of body) {
      bytes += piece.length;
      if (bytes > maxBytes) throw new SpoolTooLarge();
      yield piece;
    }
  }
  await pipeline(Readable.from(counted()), fs.createWriteStream(file));
  return file;
}
