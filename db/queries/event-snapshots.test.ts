import { isDeepStrictEqual } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTemporaryDatabase, type KeelDb } from "../connection";
import { getKindVersions } from "../data-version";
import { importCsv } from "../imports/import-csv";
import { undoImport } from "../imports/undo-import";
import { loadDatasetParts } from "./dataset-parts";
import { EVENT_KINDS, readEventColumns, withCustomerIndex } from "./event-reads";
import { readEventSnapshot, refreshEventSnapshots } from "./event-snapshots";
import { generateDemoCsv } from "@/lib/demo/generate-demo";
import { DATASET_KINDS, type DatasetKind } from "@/lib/domain/types";

const files = generateDemoCsv({ preset: "demo" });
let db: KeelDb;

const load = async (kind: DatasetKind, input: string) => {
  const outcome = await importCsv(db, { kind, fileName: `${kind}.csv`, userEmail: null, input });
  if (!outcome.ok) throw new Error(`${kind}: ${outcome.error}`);
  return outcome;
};
const version = (kind: string) => getKindVersions(db).get(kind) ?? 0;
const snapshotVersions = () =>
  Object.fromEntries(db.$client.prepare("select kind, kind_version from event_column_snapshots").raw().all() as [string, number][]);
/** The event parts read from the rows alone. */
const fromRows = () => {
  const tables = ["event_column_snapshots", "event_snapshot_columns"];
  const saved = tables.map((table) => db.$client.prepare(`select * from ${table}`).all() as Record<string, unknown>[]);
  for (const table of tables) db.$client.exec(`delete from ${table}`);
  const parts = loadDatasetParts(db);
  tables.forEach((table, i) => {
    for (const row of saved[i]) {
      const names = Object.keys(row);
      db.$client.prepare(`insert into ${table} (${names.join(", ")}) values (${names.map((n) => `@${n}`).join(", ")})`).run(row);
    }
  });
  return parts;
};
const sameEventParts = (a: ReturnType<typeof loadDatasetParts>, b: ReturnType<typeof loadDatasetParts>) =>
  EVENT_KINDS.every((kind) => isDeepStrictEqual(a[kind], b[kind]));

beforeEach(async () => {
  db = openTemporaryDatabase();
  for (const kind of DATASET_KINDS) await load(kind, files[kind]);
});
afterEach(() => db.$client.close());

describe("event column snapshots", () => {
  it("are written for each kind whose version moved, and give the parts its rows give", () => {
    for (const kind of EVENT_KINDS) expect(readEventSnapshot(db, kind, version(kind))).toBeNull();
    expect(refreshEventSnapshots(db)).toEqual(["lifecycle", "surveys", "tickets", "usage"]);
    expect(refreshEventSnapshots(db)).toEqual([]);
    expect(snapshotVersions()).toEqual(Object.fromEntries(EVENT_KINDS.map((kind) => [kind, version(kind)])));
    for (const kind of EVENT_KINDS) {
      const snapshot = readEventSnapshot(db, kind, version(kind));
      expect(snapshot).not.toBeNull();
      expect(isDeepStrictEqual(snapshot, readEventColumns[kind](db))).toBe(true);
    }
    // Ticket rows without a first response or resolution (NaN), surveys of every kind: the demo has them.
    const fromSnapshots = loadDatasetParts(db);
    expect(fromSnapshots.tickets.cols.resolvedAt.some(Number.isNaN)).toBe(true);
    expect(sameEventParts(fromSnapshots, fromRows())).toBe(true);
  });

  it("are not read once their kind has moved on, until the worker writes them again", async () => {
    refreshEventSnapshots(db);
    const lines = files.tickets.split("\n");
    const outcome = await load("tickets", [lines[0], lines[1].replace(/,2\d{3}-/, ",2020-"), ...lines.slice(2)].join("\n"));
    expect(readEventSnapshot(db, "tickets", version("tickets"))).toBeNull();
    expect(readEventSnapshot(db, "usage", version("usage"))).not.toBeNull();
    expect(refreshEventSnapshots(db)).toEqual(["tickets"]);
    const changed = loadDatasetParts(db);
    expect(sameEventParts(changed, fromRows())).toBe(true);
    expect(new Date(changed.tickets.cols.createdAt[0]).getUTCFullYear()).toBe(2020);

    expect(undoImport(db, outcome.result.import_id).ok).toBe(true);
    expect(readEventSnapshot(db, "tickets", version("tickets"))).toBeNull();
    expect(refreshEventSnapshots(db)).toEqual(["tickets"]);
    const undone = loadDatasetParts(db);
    expect(sameEventParts(undone, fromRows())).toBe(true);
    expect(new Date(undone.tickets.cols.createdAt[0]).getUTCFullYear()).toBeGreaterThan(2020);
  });

  it("stay valid when the customers change, and map rows to customers by id whatever their order", async () => {
    refreshEventSnapshots(db);
    const [header, ...rows] = files.customers.trim().split("\n");
    await load("customers", [header, ...rows, "C-NEW,Newco,,,,,2026-01-05"].join("\n"));
    expect(refreshEventSnapshots(db)).toEqual([]);
    expect(sameEventParts(loadDatasetParts(db), fromRows())).toBe(true);

    const ids = loadDatasetParts(db).customers.map((c) => c.customerId);
    const reversed = new Map(ids.map((id, i) => [id, ids.length - 1 - i]));
    const tickets = withCustomerIndex(readEventSnapshot(db, "tickets", version("tickets"))!, reversed);
    expect(isDeepStrictEqual(tickets, withCustomerIndex(readEventColumns.tickets(db), reversed))).toBe(true);
    const someone = tickets.cols.customer.find((c) => c >= 0)!;
    const { start, rows: positions } = tickets.byCustomer;
    const createdAt = Array.from(positions.subarray(start[someone], start[someone + 1]), (r) => tickets.cols.createdAt[r]);
    const stored = db.$client
      .prepare("select created_at from tickets where customer_id = ? order by created_at, rowid")
      .pluck()
      .all(ids[ids.length - 1 - someone]);
    expect(createdAt.length).toBeGreaterThan(0);
    expect(createdAt).toEqual(stored);
  });

  it("are ignored when the stored bytes do not fit the kind's columns, or a column is missing", () => {
    refreshEventSnapshots(db);
    db.$client.prepare("update event_column_snapshots set row_count = row_count + 1 where kind = 'tickets'").run();
    expect(readEventSnapshot(db, "tickets", version("tickets"))).toBeNull();
    db.$client.prepare("delete from event_snapshot_columns where kind = 'usage' and name = 'sessions'").run();
    expect(readEventSnapshot(db, "usage", version("usage"))).toBeNull();
    expect(readEventSnapshot(db, "surveys", version("surveys"))).not.toBeNull();
    expect(sameEventParts(loadDatasetParts(db), fromRows())).toBe(true);
  });
});
