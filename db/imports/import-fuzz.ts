import fc from "fast-check";
import { DATA_KINDS, type DataKind } from "@/lib/domain/types";
import { KIND_COLUMNS } from "@/lib/import/columns";
import { templateCsv } from "@/lib/import/template";
import type { KeelDb } from "../connection";
import { importCsv } from "./import-csv";
import { KIND_TABLES } from "./tables";

/** The property the import promises for any file at all: a 200, or a 4xx with words and nothing written. Never a throw. */

const MAX_BYTES = 1024 * 1024;

const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.constantFrom(
    "",
    " ",
    '"',
    '""',
    'a"b',
    '"unclosed',
    "=1+2",
    "@cmd",
    "-1",
    "1e400",
    "1" + "0".repeat(400),
    "NaN",
    "Infinity",
    "9999-12-31",
    "0001-01-01",
    "0099-06-01",
    "2024-02-30",
    "2024-01-01",
    "2024-03-01T09:30:00Z",
    "2024-01",
    "100",
    "1,000",
    "$5",
    "true",
    "\r",
    "\n",
    "\u0000",
    "\uFEFF",
    "C-001",
    "month",
    "year",
    "nps",
    "support",
  ),
  fc.integer({ min: -1000, max: 100_000 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2150, 0, 1) }).map((ms) => new Date(ms).toISOString().slice(0, 10)),
);

const hugeCell = fc.constantFrom(70_000, 300_000, 1_200_000).map((n) => "x".repeat(n));

function header(kind: DataKind) {
  const names = KIND_COLUMNS[kind].map((c) => c.name);
  return fc.oneof(
    { weight: 4, arbitrary: fc.shuffledSubarray(names, { minLength: 1 }) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.shuffledSubarray(names), fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }))
        .map(([a, b]) => [...a, ...b]),
    },
    { weight: 1, arbitrary: fc.array(fc.string({ unit: "grapheme", maxLength: 10 }), { minLength: 1, maxLength: 6 }) },
  );
}

const quoteCell = (text: string, how: "plain" | "quoted" | "broken") =>
  how === "plain" ? text : how === "quoted" ? `"${text.replace(/"/g, '""')}"` : `"${text}`;

const csvText = (kind: DataKind) =>
  header(kind).chain((names) =>
    fc
      .record({
        names: fc.constant(names),
        rows: fc.array(
          fc.array(fc.oneof({ weight: 30, arbitrary: cell }, { weight: 1, arbitrary: hugeCell }), {
            minLength: Math.max(0, names.length - 1),
            maxLength: names.length + 1,
          }),
          { maxLength: 25 },
        ),
        delimiter: fc.constantFrom(",", ",", ";", "\t"),
        newline: fc.constantFrom("\n", "\r\n", "\r"),
        quoting: fc.constantFrom("plain", "quoted", "broken", "mixed"),
        brokenAt: fc.nat(),
      })
      .map(({ names, rows, delimiter, newline, quoting, brokenAt }) => {
        const how = (i: number) =>
          quoting === "mixed"
            ? (["plain", "quoted", "broken"] as const)[(i * 7 + brokenAt) % 3]
            : quoting === "broken" && i !== brokenAt % 97
              ? "quoted"
              : quoting;
        let i = 0;
        return [names, ...rows].map((r) => r.map((c) => quoteCell(c, how(i++))).join(delimiter)).join(newline) + newline;
      }),
  );

function encode(text: string, encoding: string): Buffer {
  switch (encoding) {
    case "utf8-bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    case "utf16le-bom":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    case "utf16be-bom": {
      const le = Buffer.from(text, "utf16le");
      for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
      return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
    }
    case "latin1":
      return Buffer.from(text, "latin1");
    default:
      return Buffer.from(text, "utf8");
  }
}

/** One upload: a kind and its bytes, in the chunks they arrive in. */
const uploadArbitrary = fc.constantFrom(...DATA_KINDS).chain((kind) =>
  fc.record({
    kind: fc.constant(kind),
    bytes: fc.oneof(
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 4096 }).map((b) => Buffer.from(b)) },
      {
        weight: 1,
        arbitrary: fc.tuple(csvText(kind), fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.nat()).map(([t, junk, at]) => {
          const b = Buffer.from(t, "utf8");
          const cut = at % (b.length + 1);
          return Buffer.concat([b.subarray(0, cut), Buffer.from(junk), b.subarray(cut)]);
        }),
      },
      {
        weight: 2,
        arbitrary: fc.tuple(cell, fc.nat(), fc.boolean()).map(([c, at, mutate]) => {
          // The kind's own template, valid as it is, with one cell swapped half of the time.
          const lines = templateCsv(kind).split("\r\n");
          if (mutate) {
            const row = 1 + (at % 3);
            const cells = lines[row].split(",");
            cells[at % cells.length] = c;
            lines[row] = cells.join(",");
          }
          return Buffer.from(lines.join("\r\n"), "utf8");
        }),
      },
      {
        weight: 6,
        arbitrary: fc
          .tuple(csvText(kind), fc.constantFrom("utf8", "utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "latin1"))
          .map(([t, e]) => encode(t, e)),
      },
    ),
    chunk: fc.integer({ min: 1, max: 70_000 }),
  }),
);

export type Upload = { kind: DataKind; bytes: Buffer; chunk: number };

function* chunks(bytes: Buffer, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

function tableCounts(db: KeelDb): Record<string, number> {
  const tables = [...new Set([...Object.values(KIND_TABLES).map((t) => t.table), "imports"])];
  return Object.fromEntries(tables.map((t) => [t, (db.$client.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n]));
}

export interface FuzzTally {
  ok: number;
  byStatus: Record<number, number>;
}

/** Throws (so fast-check shrinks it) when an upload breaks the promise. */
async function checkUpload(db: KeelDb, upload: Upload, tally?: FuzzTally): Promise<void> {
  const before = tableCounts(db);
  const outcome = await importCsv(db, {
    kind: upload.kind,
    fileName: "fuzz.csv",
    userEmail: null,
    input: chunks(upload.bytes, upload.chunk),
    maxBytes: MAX_BYTES,
  });
  if (outcome.ok) {
    if (tally) tally.ok++;
    return;
  }
  if (tally) tally.byStatus[outcome.status] = (tally.byStatus[outcome.status] ?? 0) + 1;
  if (!(outcome.status >= 400 && outcome.status < 500)) throw new Error(`status ${outcome.status}`);
  if (!outcome.error || outcome.error.trim().length < 10) throw new Error(`4xx without words: ${JSON.stringify(outcome.error)}`);
  const after = tableCounts(db);
  if (JSON.stringify(after) !== JSON.stringify(before))
    throw new Error(`a rejected upload wrote rows: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
}

export async function fuzzImport(db: KeelDb, options: { seed: number; numRuns: number }): Promise<FuzzTally> {
  const tally: FuzzTally = { ok: 0, byStatus: {} };
  await fc.assert(
    fc.asyncProperty(uploadArbitrary, (upload) => checkUpload(db, upload, tally)),
    { seed: options.seed, numRuns: options.numRuns },
  );
  return tally;
}
