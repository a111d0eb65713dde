import { Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";

export type CsvInput = NodeJS.ReadableStream | AsyncIterable<Uint8Array | string> | Iterable<Uint8Array> | string;

/** A problem with the file as a whole (size, encoding, CSV syntax); nothing is imported. */
export class CsvInputError extends Error {
  constructor(
    readonly status: 413 | 422,
    message: string,
  ) {
    super(message);
  }
}

export const NOT_UTF8 = "The file is not UTF-8 text; save it as CSV UTF-8 (comma delimited) and upload it again.";

export interface ReadCsvOptions {
  maxBytes?: number;
  onBytes?: (bytes: number) => void;
}

async function* decode(input: CsvInput, options: ReadCsvOptions): AsyncGenerator<string> {
  if (typeof input === "string") {
    const bytes = Buffer.byteLength(input);
    if (options.maxBytes !== undefined && bytes > options.maxBytes) {
      throw new CsvInputError(413, `The file is larger than the ${formatMb(options.maxBytes)} upload limit.`);
    }
    if (input.includes("\u0000")) throw new CsvInputError(422, NOT_UTF8);
    options.onBytes?.(bytes);
    yield input.replace(/^\uFEFF/, "");
    return;
  }
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let bytes = 0;
  let first = true;
  for await (const chunk of input as AsyncIterable<Uint8Array | string>) {
    const data = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    bytes += data.byteLength;
    if (options.maxBytes !== undefined && bytes > options.maxBytes) {
      throw new CsvInputError(413, `The file is larger than the ${formatMb(options.maxBytes)} upload limit.`);
    }
    if (data.indexOf(0) !== -1) throw new CsvInputError(422, NOT_UTF8);
    options.onBytes?.(bytes);
    let text: string;
    try {
      text = decoder.decode(data, { stream: true });
    } catch {
      throw new CsvInputError(422, NOT_UTF8);
    }
    // TextDecoder drops a leading BOM; this also covers string chunks.
    if (first && text.length > 0) {
      text = text.replace(/^\uFEFF/, "");
      first = false;
    }
    if (text) yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    throw new CsvInputError(422, NOT_UTF8);
  }
}

export function formatMb(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

const CSV_MESSAGES: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "a quoted cell is never closed (a \" is missing)",
  CSV_MAX_RECORD_SIZE: "a row is longer than 1 MB",
  CSV_INVALID_CLOSING_QUOTE: "a quote is followed by text; double the \" inside quoted cells",
};

export interface CsvRecord {
  cells: string[];
  /** Spreadsheet row number: the header is row 1. */
  row: number;
}

/** Streams records (header first) from UTF-8 CSV; throws {@link CsvInputError} for a file that cannot be read. */
export async function* readCsvRecords(input: CsvInput, options: ReadCsvOptions = {}): AsyncGenerator<CsvRecord> {
  const parser = parse({ relax_column_count: true, relax_quotes: true, skip_empty_lines: false, max_record_size: 1 << 20 });
  const feed = Readable.from(decode(input, options));
  feed.on("error", (error) => parser.destroy(error));
  feed.pipe(parser);
  let row = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      row += 1;
      yield { cells, row };
    }
  } catch (error) {
    if (error instanceof CsvInputError) throw error;
    if (error instanceof CsvError) {
      const what = CSV_MESSAGES[error.code] ?? error.message;
      throw new CsvInputError(422, `The file is not valid CSV near row ${row + 1}: ${what}.`);
    }
    throw error;
  } finally {
    feed.destroy();
    parser.destroy();
  }
}

export function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === "");
}
