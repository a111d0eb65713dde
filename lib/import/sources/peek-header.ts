import { readCsvRecords, type CsvInput } from "../read-csv";

const PEEK_BYTES = 64 * 1024;

/**
 * Reads the header row of a streamed file without losing it: the bytes read are replayed in
 * front of the rest, so the import still reads the whole file from its first byte.
 */
export async function peekHeader(input: CsvInput): Promise<{ header: string[] | null; input: CsvInput }> {
  if (typeof input === "string") return { header: await firstRecord(Buffer.from(input.slice(0, PEEK_BYTES))), input };
  // A file path or a function that opens the bytes again is simply read twice.
  if (isReReadable(input)) return { header: await firstRecord(input), input };
  const source = input as AsyncIterable<Uint8Array | string> | Iterable<Uint8Array>;
  const iterator: AsyncIterator<Uint8Array | string> | Iterator<Uint8Array> =
    Symbol.asyncIterator in source
      ? (source as AsyncIterable<Uint8Array | string>)[Symbol.asyncIterator]()
      : (source as Iterable<Uint8Array>)[Symbol.iterator]();
  const read: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < PEEK_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const bytes = typeof next.value === "string" ? Buffer.from(next.value, "utf8") : next.value;
    read.push(bytes);
    size += bytes.byteLength;
    if (bytes.includes(0x0a)) break;
  }
  async function* replay(): AsyncGenerator<Uint8Array> {
    yield* read;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield typeof next.value === "string" ? Buffer.from(next.value, "utf8") : next.value;
    }
  }
  const prefix = Buffer.concat(read);
  const cut = prefix.lastIndexOf(0x0a);
  return { header: await firstRecord(done && cut < 0 ? prefix : prefix.subarray(0, cut + 1)), input: replay() };
}

function isReReadable(input: CsvInput): boolean {
  return typeof input === "function" || Array.isArray(input) || (typeof input === "object" && input !== null && "path" in input);
}

async function firstRecord(bytes: Uint8Array | CsvInput): Promise<string[] | null> {
  if (bytes instanceof Uint8Array && bytes.byteLength === 0) return null;
  try {
    for await (const record of readCsvRecords(bytes instanceof Uint8Array ? [bytes] : bytes)) return record.cells;
  } catch {
    // A prefix that cannot be read is left to the import, which reports it in full.
  }
  return null;
}
