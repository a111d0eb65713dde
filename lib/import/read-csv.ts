import { isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
import { CsvError, parse } from "csv-parse";
import {
  BINARY_FILE,
  bomOf,
  decodeWindows1252,
  DELIMITER_LABELS,
  detectDelimiter,
  hasHeaderLine,
  incompleteUtf8Tail,
  type Delimiter,
  type TextEncodingName,
} from "./sniff";

type Chunks = NodeJS.ReadableStream | AsyncIterable<Uint8Array | string> | Iterable<Uint8Array>;

/**
 * What a file is read from. A file path, a function that opens the bytes again, or an array of
 * chunks can be read twice, which lets a whole-file UTF-8 check run before decoding; a one-shot
 * stream is judged on its first 64 KB. A string is text already.
 */
export type CsvInput = string | Chunks | { path: string } | (() => Chunks);

/** A problem with the file as a whole (size, encoding, CSV syntax); nothing is imported. */
export class CsvInputError extends Error {
  constructor(
    readonly status: 413 | 422,
    message: string,
    /** For a syntax error: the spreadsheet row (header = 1) and the cell's index in it. */
    readonly at?: { row: number; cell: number; value: string },
  ) {
    super(message);
  }
}

export interface CsvFormat {
  encoding: TextEncodingName;
  delimiter: Delimiter;
}

export interface ReadCsvOptions {
  maxBytes?: number;
  onBytes?: (bytes: number) => void;
  /** Called once, before the first record, with how the file is written. */
  onFormat?: (format: CsvFormat) => void;
}

const ONE_SHOT_HEAD = 64 * 1024;
const MAX_ROW_BYTES = 1 << 20;

export function formatMb(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

const tooLarge = (maxBytes: number) => new CsvInputError(413, `The file is larger than the ${formatMb(maxBytes)} upload limit.`);

function reopener(input: CsvInput): (() => Chunks) | null {
  if (typeof input === "function") return input;
  if (Array.isArray(input)) return () => input;
  if (typeof input === "object" && input !== null && "path" in input && typeof input.path === "string") {
    const file = input.path;
    return () => createReadStream(file, { highWaterMark: 256 * 1024 });
  }
  return null;
}

async function* bytesOf(chunks: Chunks): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks as AsyncIterable<Uint8Array | string>) {
    yield typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
  }
}

/** Reads the whole file once: its BOM, or else whether every byte is valid UTF-8. */
async function scanEncoding(open: () => Chunks, maxBytes: number | undefined): Promise<TextEncodingName> {
  let head = Buffer.alloc(0);
  let carry: Uint8Array = Buffer.alloc(0);
  let bytes = 0;
  let decided = false;
  for await (const chunk of bytesOf(open())) {
    bytes += chunk.byteLength;
    if (maxBytes !== undefined && bytes > maxBytes) throw tooLarge(maxBytes);
    let data = chunk;
    if (!decided) {
      head = Buffer.concat([head, chunk]);
      if (head.length < 3 && bytes < 3) continue;
      decided = true;
      // A byte order mark decides; a UTF-8 one with invalid bytes later is a mixed file, reported while decoding.
      const bom = bomOf(head);
      if (bom) return bom.encoding;
      data = head;
    }
    const joined = carry.length ? Buffer.concat([carry, data]) : data;
    const tail = incompleteUtf8Tail(joined);
    if (!isUtf8(joined.subarray(0, joined.length - tail))) return "windows-1252";
    carry = joined.subarray(joined.length - tail);
  }
  if (!decided) return bomOf(head)?.encoding ?? (isUtf8(head) ? "utf-8" : "windows-1252");
  return carry.length > 0 ? "windows-1252" : "utf-8";
}

class TextDecoding {
  private readonly decoder: TextDecoder | null;
  private first = true;

  constructor(readonly encoding: TextEncodingName) {
    this.decoder = encoding === "windows-1252" ? null : new TextDecoder(encoding, { fatal: encoding === "utf-8" });
  }

  decode(data: Uint8Array, stream = true): string {
    if (this.encoding !== "utf-8" && this.encoding !== "windows-1252") {
      const text = this.decoder!.decode(data, { stream });
      if (text.includes("\u0000")) throw new CsvInputError(422, BINARY_FILE);
      return this.stripBom(text);
    }
    if (data.indexOf(0) !== -1) throw new CsvInputError(422, BINARY_FILE);
    return this.stripBom(this.decoder ? this.decoder.decode(data, { stream }) : decodeWindows1252(data));
  }

  private stripBom(text: string): string {
    if (!this.first || text.length === 0) return text;
    this.first = false;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
}

/** Decodes the bytes of `input`, reporting the encoding before the first text. */
async function* decodeText(input: CsvInput, options: ReadCsvOptions, onEncoding: (e: TextEncodingName) => void): AsyncGenerator<string> {
  if (typeof input === "string") {
    const bytes = Buffer.byteLength(input);
    if (options.maxBytes !== undefined && bytes > options.maxBytes) throw tooLarge(options.maxBytes);
    if (input.includes("\u0000")) throw new CsvInputError(422, BINARY_FILE);
    options.onBytes?.(bytes);
    onEncoding("utf-8");
    yield input.replace(/^\uFEFF/, "");
    return;
  }
  const open = reopener(input);
  const known = open ? await scanEncoding(open, options.maxBytes) : null;
  let decoding = known ? new TextDecoding(known) : null;
  if (decoding) onEncoding(decoding.encoding);
  let bytes = 0;
  let pending: Uint8Array[] = [];
  for await (const data of bytesOf(open ? open() : (input as Chunks))) {
    bytes += data.byteLength;
    if (options.maxBytes !== undefined && bytes > options.maxBytes) throw tooLarge(options.maxBytes);
    options.onBytes?.(bytes);
    if (!decoding) {
      // A one-shot stream: decide from its first 64 KB.
      pending.push(data);
      if (bytes < ONE_SHOT_HEAD) continue;
      decoding = new TextDecoding(guessFromHead(Buffer.concat(pending), true));
      onEncoding(decoding.encoding);
      const head = Buffer.concat(pending);
      pending = [];
      yield decodeOrExplain(decoding, head, 0);
      continue;
    }
    const text = decodeOrExplain(decoding, data, bytes - data.byteLength);
    if (text) yield text;
  }
  if (!decoding) {
    const head = Buffer.concat(pending);
    decoding = new TextDecoding(guessFromHead(head, false));
    onEncoding(decoding.encoding);
    if (head.length) yield decodeOrExplain(decoding, head, 0);
  }
  const rest = decodeOrExplain(decoding, new Uint8Array(0), bytes, false);
  if (rest) yield rest;
}

function guessFromHead(head: Uint8Array, truncated: boolean): TextEncodingName {
  const bom = bomOf(head);
  if (bom) return bom.encoding;
  const tail = truncated ? incompleteUtf8Tail(head) : 0;
  return isUtf8(head.subarray(0, head.length - tail)) ? "utf-8" : "windows-1252";
}

function decodeOrExplain(decoding: TextDecoding, data: Uint8Array, offset: number, stream = true): string {
  try {
    return decoding.decode(data, stream);
  } catch (error) {
    if (error instanceof CsvInputError) throw error;
    const at = offset + validUtf8Prefix(data);
    throw new CsvInputError(
      422,
      `The file starts as UTF-8 but byte ${(at + 1).toLocaleString("en-US")} is not valid UTF-8: it mixes encodings. Save it as CSV UTF-8 and upload it again.`,
    );
  }
}

/** The length of the longest valid UTF-8 start of `data` (validity of a prefix only shrinks as it grows). */
function validUtf8Prefix(data: Uint8Array): number {
  let lo = 0;
  let hi = data.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const prefix = data.subarray(0, mid);
    if (isUtf8(prefix.subarray(0, mid - incompleteUtf8Tail(prefix)))) lo = mid;
    else hi = mid - 1;
  }
  return lo - incompleteUtf8Tail(data.subarray(0, lo));
}

export interface CsvRecord {
  cells: string[];
  /** Spreadsheet row number: the header is row 1. */
  row: number;
}

/** Reads text up to a whole header line, so the delimiter is known before parsing. */
async function peekHeader(text: AsyncGenerator<string>): Promise<{ head: string; delimiter: Delimiter }> {
  let head = "";
  while (!hasHeaderLine(head) && head.length < MAX_ROW_BYTES) {
    const next = await text.next();
    if (next.done) break;
    head += next.value;
  }
  return { head, delimiter: detectDelimiter(head) };
}

async function* prepend(head: string, rest: AsyncGenerator<string>): AsyncGenerator<string> {
  if (head) yield head;
  yield* rest;
}

/** The start of the cell being read when the parser stopped, to show beside the error. */
function cellStart(core: CsvParserCore): string {
  try {
    const text = core.state?.field?.toString("utf8") ?? "";
    const line = text.split(/\r?\n|\r/, 1)[0].slice(0, 40);
    return line.length < text.length ? `${line}…` : line;
  } catch {
    return "";
  }
}

function syntaxError(error: CsvError, delimiter: Delimiter, value: string): CsvInputError {
  const info = error as CsvError & { records?: number; column?: number | string | null };
  const row = (info.records ?? 0) + 1;
  const cell = typeof info.column === "number" ? info.column : 0;
  const what: Record<string, string> = {
    CSV_QUOTE_NOT_CLOSED: `a quoted cell starts on row ${row} and its closing quote (") is missing; close the quote, or double any " inside the cell ("")`,
    CSV_MAX_RECORD_SIZE: `row ${row} is longer than ${formatMb(MAX_ROW_BYTES)}; shorten that cell, or close a quote (") left open on that row`,
    CSV_INVALID_CLOSING_QUOTE: `on row ${row} a quoted cell's closing quote is followed by more text; double every " inside a quoted cell ("")`,
  };
  const detail = what[error.code] ?? `row ${row} cannot be read (${error.message}); check its quotes and ${DELIMITER_LABELS[delimiter]}s`;
  const shown = error.code === "CSV_QUOTE_NOT_CLOSED" ? `"${value}` : value;
  return new CsvInputError(422, `The file is not valid CSV: ${detail}.`, { row, cell, value: shown });
}

/** csv-parse's streaming core: records come back in order from each chunk, and an error after exactly those records. */
interface CsvParserCore {
  state?: { field?: { toString(encoding: string): string } };
  parse(chunk: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): Error | undefined;
}

/** Streams records (header first) from a CSV file in any supported encoding and delimiter; throws {@link CsvInputError} for a file that cannot be read. */
export async function* readCsvRecords(input: CsvInput, options: ReadCsvOptions = {}): AsyncGenerator<CsvRecord> {
  let encoding: TextEncodingName = "utf-8";
  const text = decodeText(input, options, (e) => (encoding = e));
  const { head, delimiter } = await peekHeader(text);
  options.onFormat?.({ encoding, delimiter });
  const parser = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: MAX_ROW_BYTES,
  });
  const core = (parser as unknown as { api: CsvParserCore }).api;
  const records: string[][] = [];
  const push = (record: string[]) => records.push(record);
  const close = () => {};
  let row = 0;
  const pieces = prepend(head, text);
  for (let done = false; !done;) {
    const next = await pieces.next();
    done = next.done === true;
    const error = core.parse(done ? undefined : Buffer.from(next.value as string, "utf8"), done, push, close);
    for (const cells of records) yield { cells, row: ++row };
    records.length = 0;
    if (error) {
      await pieces.return(undefined);
      throw error instanceof CsvError ? syntaxError(error, delimiter, cellStart(core)) : error;
    }
  }
}

export function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === "");
}
