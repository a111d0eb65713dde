import { eq } from "drizzle-orm";
import type { KeelDb } from "../connection";
import { getKindVersions } from "../data-version";
import { eventColumnSnapshots } from "../schema";
import {
  EVENT_KINDS,
  emptyEventColumns,
  readEventColumns,
  type CodedColumns,
  type EventColumnsByKind,
  type EventKind,
} from "./event-reads";
import type { TypedColumn } from "@/lib/metrics/customer-rows";

/*
 * Snapshots of the event kinds' coded columns (event_column_snapshots), so that a rebuild after an
 * import reads one blob per unchanged-on-disk kind instead of every row (about 1 µs a row through
 * better-sqlite3: seconds at 50,000 customers). The import worker writes the snapshot of each
 * kind whose version moved just after answering, as it does the MRR facts; a snapshot counts only
 * while its kind's version is the one it was read at, so a stale or missing one means reading rows.
 */

/** Each column's bytes start at a multiple of 8, so every column is a view of one buffer. */
const ALIGN = 8;
const padded = (bytes: number) => Math.ceil(bytes / ALIGN) * ALIGN;

type Columns = Record<string, TypedColumn>;

/** The kind's columns in the order of its layout (the keys of its empty columns). */
const layoutOf = (kind: EventKind) => emptyEventColumns[kind](0) as unknown as Columns;

function encodeColumns(kind: EventKind, cols: Columns): Buffer {
  const arrays = Object.keys(layoutOf(kind)).map((name) => cols[name]);
  const out = Buffer.alloc(arrays.reduce((total, a) => total + padded(a.byteLength), 0));
  let offset = 0;
  for (const a of arrays) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), offset);
    offset += padded(a.byteLength);
  }
  return out;
}

/** Null when the bytes do not fit the kind's layout for `rows` rows. */
function decodeColumns<K extends EventKind>(kind: K, rows: number, bytes: Uint8Array): EventColumnsByKind[K] | null {
  const layout = layoutOf(kind);
  const sizes = Object.values(layout).map((a) => padded(rows * a.BYTES_PER_ELEMENT));
  if (bytes.byteLength !== sizes.reduce((t, s) => t + s, 0)) return null;
  const buffer = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(buffer).set(bytes);
  const cols: Columns = {};
  let offset = 0;
  Object.entries(layout).forEach(([name, empty], i) => {
    cols[name] = new (empty.constructor as new (b: ArrayBuffer, offset: number, length: number) => TypedColumn)(buffer, offset, rows);
    offset += sizes[i];
  });
  return cols as unknown as EventColumnsByKind[K];
}

/** The kind's columns as last written, if written at `version` (read in the same transaction as the rows would be). */
export function readEventSnapshot<K extends EventKind>(db: KeelDb, kind: K, version: number): CodedColumns<EventColumnsByKind[K]> | null {
  const s = eventColumnSnapshots;
  const row = db.select().from(s).where(eq(s.kind, kind)).get();
  if (!row || row.kindVersion !== version) return null;
  const cols = decodeColumns(kind, row.rowCount, row.columns);
  return cols && { cols, customerIds: row.customerIds };
}

function writeEventSnapshot(db: KeelDb, kind: EventKind, version: number, coded: CodedColumns<EventColumnsByKind[EventKind]>): void {
  const s = eventColumnSnapshots;
  const values = {
    kindVersion: version,
    rowCount: coded.cols.customer.length,
    customerIds: coded.customerIds,
    columns: encodeColumns(kind, coded.cols as unknown as Columns),
  };
  db.insert(s)
    .values({ kind, ...values })
    .onConflictDoUpdate({ target: s.kind, set: values })
    .run();
}

/**
 * Writes the snapshot of every event kind whose stored one is missing or older than the kind; returns
 * those kinds. Each is read in one read transaction (its version and its rows from the same
 * snapshot of the database) and written tagged with that version, so a write committed meanwhile
 * only makes it stale, never wrong.
 */
export function refreshEventSnapshots(db: KeelDb): EventKind[] {
  const s = eventColumnSnapshots;
  const written = new Map(
    db
      .select({ kind: s.kind, version: s.kindVersion })
      .from(s)
      .all()
      .map((r) => [r.kind, r.version]),
  );
  const refreshed: EventKind[] = [];
  for (const kind of EVENT_KINDS) {
    const read = db.$client.transaction(() => {
      const version = getKindVersions(db).get(kind) ?? 0;
      return written.get(kind) === version ? null : { version, coded: readEventColumns[kind](db) };
    })();
    if (!read) continue;
    db.$client.transaction(() => writeEventSnapshot(db, kind, read.version, read.coded)).immediate();
    refreshed.push(kind);
  }
  return refreshed;
}
