/**
 * How a CSV file is written: its text encoding and delimiter. Pure and browser-safe, so the import
 * form's preview and the server read a file the same way.
 */

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
export type Delimiter = "," | ";" | "\t";

export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 LE",
  "utf-16be": "UTF-16 BE",
  "windows-1252": "Windows-1252",
};

export const DELIMITER_LABELS: Record<Delimiter, string> = { ",": "comma", ";": "semicolon", "\t": "tab" };

export const WINDOWS_1252_WARNING =
  "The file is not UTF-8, so it was read as Windows-1252 (what Excel on Windows saves); check that accented letters read correctly, or save it as CSV UTF-8.";

export const BINARY_FILE =
  "The file holds binary data (NUL bytes), not CSV text; save it as CSV UTF-8 (comma delimited) and upload it again. UTF-16 files need a byte order mark.";

/** The encoding a byte order mark announces, and the mark's length. */
export function bomOf(head: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

// Windows-1252 differs from ISO-8859-1 only in 0x80-0x9F; the five bytes it leaves undefined stay as they are.
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";
const latin1 = new TextDecoder("latin1");

/** Windows-1252 bytes as text. Node's TextDecoder reads this label as ISO-8859-1, hence the table. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return latin1.decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** The delimiter of the header line: the most frequent of `,` `;` tab outside quotes (comma on a tie or none). */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === "\n" || ch === "\r") break;
    else if (ch === "," || ch === ";" || ch === "\t") counts[ch] += 1;
  }
  let best: Delimiter = ",";
  for (const d of [";", "\t"] as const) if (counts[d] > counts[best]) best = d;
  return best;
}

/** True once `text` holds a whole header line (a line break outside quotes). */
export function hasHeaderLine(text: string): boolean {
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) return true;
  }
  return false;
}

export type SniffedHead = { ok: true; encoding: TextEncodingName; delimiter: Delimiter; text: string } | { ok: false; problem: string };

/**
 * Decodes the first bytes of a file: a BOM decides; otherwise UTF-8 when the bytes are valid UTF-8
 * (and `restIsUtf8` does not say the rest of the file is not), else Windows-1252.
 * `truncated`: the file goes on after `head`, so a character cut at the end is not an error.
 */
export function sniffCsvHead(head: Uint8Array, options: { truncated: boolean; restIsUtf8?: boolean }): SniffedHead {
  const bom = bomOf(head);
  let encoding: TextEncodingName;
  let text: string;
  if (bom && bom.encoding !== "utf-8") {
    encoding = bom.encoding;
    text = new TextDecoder(encoding).decode(head.subarray(bom.length), { stream: options.truncated });
    if (text.includes("\u0000")) return { ok: false, problem: BINARY_FILE };
  } else {
    if (head.includes(0)) return { ok: false, problem: BINARY_FILE };
    const body = bom ? head.subarray(bom.length) : head;
    const utf8 = options.restIsUtf8 === false ? null : tryUtf8(body, options.truncated);
    encoding = utf8 === null ? "windows-1252" : "utf-8";
    text = utf8 ?? decodeWindows1252(body);
  }
  return { ok: true, encoding, delimiter: detectDelimiter(text), text };
}

function tryUtf8(bytes: Uint8Array, truncated: boolean): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes, { stream: truncated });
  } catch {
    return null;
  }
}

/** Bytes at the end of `bytes` that begin a UTF-8 sequence the next chunk completes (0 when none). */
export function incompleteUtf8Tail(bytes: Uint8Array): number {
  for (let k = 1; k <= Math.min(3, bytes.length); k += 1) {
    const byte = bytes[bytes.length - k];
    if ((byte & 0xc0) === 0x80) continue;
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > k ? k : 0;
  }
  return 0;
}
