import type { Delimiter } from "./sniff";

/** A small RFC 4180 reader for the browser preview; the import itself streams through csv-parse. */
export function parseCsvPreview(text: string, maxRows = 11, delimiter: Delimiter = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length && rows.length < maxRows; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  // A last line without a newline is only complete when the whole file was read; the caller passes complete text.
  if (rows.length < maxRows && (cell !== "" || row.length > 0) && !quoted) rows.push([...row, cell]);
  return rows.filter((r) => r.some((c) => c.trim() !== ""));
}

/** The first `maxBytes` of a file cut at the last line break, so the preview never shows half a row. */
export function completeLines(text: string, truncated: boolean): string {
  if (!truncated) return text;
  const cut = Math.max(text.lastIndexOf("\n"), text.lastIndexOf("\r"));
  return cut > 0 ? text.slice(0, cut + 1) : text;
}
