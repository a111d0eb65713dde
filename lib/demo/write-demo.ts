/** Streams the demo data set to one CSV file per kind, in batches, with back-pressure. */
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { once } from "node:events";
import path from "node:path";
import { DATASET_KINDS, type DatasetKind } from "../domain/types";
import type { CsvRow } from "./columns";
import { csvText } from "./csv";
import { generateDemoRows } from "./generate-demo";
import type { DemoOptions } from "./options";

const BATCH_ROWS = 2000;

interface Sink {
  file: string;
  stream: WriteStream;
  batch: CsvRow[];
  rows: number;
  headerWritten: boolean;
}

async function flush(kind: DatasetKind, sink: Sink): Promise<void> {
  const text = csvText(kind, sink.batch, !sink.headerWritten);
  sink.headerWritten = true;
  sink.batch = [];
  if (text && !sink.stream.write(text)) await once(sink.stream, "drain");
}

/** Writes `<dir>/<kind>.csv` for every kind; returns each file's path and data-row count. */
export async function writeDemoCsvFiles(dir: string, options: DemoOptions): Promise<Record<DatasetKind, { file: string; rows: number }>> {
  await mkdir(dir, { recursive: true });
  const sinks = {} as Record<DatasetKind, Sink>;
  for (const kind of DATASET_KINDS) {
    const file = path.join(dir, `${kind}.csv`);
    sinks[kind] = { file, stream: createWriteStream(file), batch: [], rows: 0, headerWritten: false };
  }
  try {
    for (const { kind, row } of generateDemoRows(options)) {
      const sink = sinks[kind];
      sink.batch.push(row);
      sink.rows++;
      if (sink.batch.length >= BATCH_ROWS) await flush(kind, sink);
    }
    for (const kind of DATASET_KINDS) await flush(kind, sinks[kind]);
  } finally {
    await Promise.all(
      DATASET_KINDS.map(
        (kind) => new Promise<void>((resolve, reject) => sinks[kind].stream.end((err?: Error | null) => (err ? reject(err) : resolve()))),
      ),
    );
  }
  return Object.fromEntries(DATASET_KINDS.map((k) => [k, { file: sinks[k].file, rows: sinks[k].rows }])) as Record<
    DatasetKind,
    { file: string; rows: number }
  >;
}
