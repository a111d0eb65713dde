import { and, eq } from "drizzle-orm";
import type { KeelDb } from "../connection";
import { getKindVersions } from "../data-version";
import { eventColumnSnapshots, eventSnapshotColumns } from "../schema";
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
 * Snapshots of the event kinds' coded columns (event_column_snapshots, a blob per column in
 * event_snapshot_columns), so that a rebuild after an import reads a few blobs per kind instead of every row (about 1 µs a row through
 * better-sqlite3: seconds at 50,000 customers). The import worker writes the snapshot of each
 * kind whose version moved just after answering, as it does the MRR facts; a snapshot counts only
 * while its kind's version is the one it was read at, so a stale or missing one means reading rows.
 */

type Columns = Record<string, TypedColumn>;

/** The kind's column names and their empty arrays, in the order of its layout (the keys of its empty columns). */
const layoutOf = (kind: EventKind) => emptyEventColumns[kind](0) as unknown as Columns;

const bytesOf = (a: TypedColumn) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** A copy in a buffer of its own: a blob read from SQLite need not start at a multiple of the element size. */
function columnFrom(empty: TypedColumn, rows: number, bytes: Uint8Array): TypedColumn | null {
  if (bytes.byteLength !== rows * empty.BYTES_PER_ELEMENT) return null;
  const column = new (empty.constructor as new (length: number) => TypedColumn)(rows);
  bytesOf(column).set(bytes);
  return column;
}

/** The kind's columns as last written, if written at `version` (read in the same transaction as the rows would be); null if any column is missing or does not fit. */
export function readEventSnapshot<K extends EventKind>(db: KeelDb, kind: K, version: number): CodedColumns<EventColumnsByKind[K]> | null {
  const s = eventColumnSnapshots;
  const head = db.select().from(s).where(eq(s.kind, kind)).get();
  if (!head || head.kindVersion !== version) return null;
  const c = eventSnapshotColumns;
  const cols: Columns = {};
  for (const [name, empty] of Object.entries(layoutOf(kind))) {
    const stored = db
      .select({ data: c.data })
      .from(c)
      .where(and(eq(c.kind, kind), eq(c.name, name)))
      .get();
    const column = stored && columnFrom(empty, head.rowCount, stored.data);
    if (!column) return null;
    cols[name] = column;
  }
  return { cols: cols as unknown as EventColumnsByKind[K], customerIds: head.customerIds };
}

/** In one transaction: the columns, one row each, then the head that makes them count. */
function writeEventSnapshot(db: KeelDb, kind: EventKind, version: number, coded: CodedColumns<EventColumnsByKind[EventKind]>): void {
  const cols = coded.cols as unknown as Columns;
  const c = eventSnapshotColumns;
  db.delete(c).where(eq(c.kind, kind)).run();
  for (const name of Object.keys(layoutOf(kind))) {
    const column = cols[name];
    db.insert(c)
      .values({ kind, name, data: Buffer.from(column.buffer, column.byteOffset, column.byteLength) })
      .run();
  }
  const s = eventColumnSnapshots;
  const head = { kindVersion: version, rowCount: coded.cols.customer.length, customerIds: coded.customerIds };
  db.insert(s)
    .values({ kind, ...head })
    .onConflictDoUpdate({ target: s.kind, set: head })
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
