/** A small streaming multipart/form-data reader: file parts stream through without being buffered whole. */
export class MultipartError extends Error {}

export interface MultipartPart {
  name: string;
  filename: string | null;
  /** Must be read (or abandoned) before the next part is requested. */
  body: AsyncIterable<Uint8Array>;
}

const CRLF = Buffer.from("\r\n");
const HEADER_END = Buffer.from("\r\n\r\n");
const MAX_HEADER_BYTES = 16 * 1024;

export function multipartBoundary(contentType: string | null): string | null {
  if (!contentType || !/^multipart\/form-data/i.test(contentType)) return null;
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2]) : null;
}

export async function* readMultipart(stream: AsyncIterable<Uint8Array>, boundary: string): AsyncGenerator<MultipartPart> {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const source = stream[Symbol.asyncIterator]();
  // The leading CRLF lets the first boundary match the same delimiter as the others.
  let buf: Buffer = Buffer.from(CRLF);
  let ended = false;

  const fill = async (): Promise<boolean> => {
    if (ended) return false;
    const next = await source.next();
    if (next.done) {
      ended = true;
      return false;
    }
    buf = buf.length ? Buffer.concat([buf, next.value]) : Buffer.from(next.value);
    return true;
  };

  /** The next piece of the current part's body, or null once its closing delimiter is reached. */
  let inBody = false;
  const readBody = async (): Promise<Buffer | null> => {
    while (inBody) {
      const at = buf.indexOf(delimiter);
      if (at !== -1) {
        const piece = buf.subarray(0, at);
        buf = buf.subarray(at);
        inBody = false;
        return piece.length ? piece : null;
      }
      const safe = buf.length - delimiter.length + 1;
      if (safe > 0) {
        const piece = buf.subarray(0, safe);
        buf = buf.subarray(safe);
        return piece;
      }
      if (!(await fill())) throw new MultipartError("The upload ended in the middle of a part.");
    }
    return null;
  };

  while (buf.indexOf(delimiter) === -1) if (!(await fill())) throw new MultipartError("The body has no multipart boundary.");
  buf = buf.subarray(buf.indexOf(delimiter));
  for (;;) {
    while (buf.length < delimiter.length + 2) if (!(await fill())) throw new MultipartError("The upload ended early.");
    const after = buf.subarray(delimiter.length, delimiter.length + 2).toString("latin1");
    if (after === "--") return;
    if (after !== "\r\n") throw new MultipartError("Malformed multipart boundary.");
    buf = buf.subarray(delimiter.length + 2);
    let end: number;
    while ((end = buf.indexOf(HEADER_END)) === -1) {
      if (buf.length > MAX_HEADER_BYTES || !(await fill())) throw new MultipartError("Malformed multipart part headers.");
    }
    const headers = buf.subarray(0, end).toString("utf8");
    buf = buf.subarray(end + HEADER_END.length);
    const disposition = /^content-disposition:(.*)$/im.exec(headers)?.[1] ?? "";
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? "";
    const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1] ?? null;
    inBody = true;
    yield {
      name,
      filename,
      body: {
        async *[Symbol.asyncIterator]() {
          for (let piece = await readBody(); piece !== null; piece = await readBody()) yield piece;
        },
      },
    };
    while ((await readBody()) !== null);
  }
}

export async function readText(body: AsyncIterable<Uint8Array>, maxBytes = 1024): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const piece of body) {
    size += piece.length;
    if (size > maxBytes) throw new MultipartError("A form field is too long.");
    parts.push(Buffer.from(piece));
  }
  return Buffer.concat(parts).toString("utf8");
}
