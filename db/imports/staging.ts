import type Database from "better-sqlite3";
import type { DataKind } from "@/lib/domain/types";
import type { KindTable } from "./tables";

const ROWS_PER_STATEMENT = 256;
const ROWS_PER_FLUSH = 8192;
let counter = 0;

/**
 * Validated rows wait in a per-connection TEMP table while the file streams, so the import itself
 * is one short synchronous transaction and a crash mid-upload leaves the database untouched.
 */
export class StagingTable {
  readonly name: string;
  private readonly width: number;
  private buffer: (string | number | null)[] = [];
  private buffered = 0;
  private readonly batchInsert: Database.Statement;
  count = 0;

  constructor(
    private readonly sqlite: Database.Database,
    readonly kind: DataKind,
    readonly spec: KindTable,
  ) {
    counter += 1;
    this.name = `temp.keel_stage_${process.pid}_${counter}`;
    this.width = spec.columns.length + 1;
    const columns = spec.columns.map(([name, type]) => `${name} ${type}`).join(", ");
    sqlite.exec(`CREATE TEMP TABLE ${this.name.slice(5)} (row_num INTEGER NOT NULL, ${columns})`);
    this.batchInsert = sqlite.prepare(this.insertSql(ROWS_PER_STATEMENT));
  }

  private insertSql(rows: number): string {
    const tuple = `(${new Array(this.width).fill("?").join(",")})`;
    const names = ["row_num", ...this.spec.columns.map(([n]) => n)].join(", ");
    return `INSERT INTO ${this.name} (${names}) VALUES ${new Array(rows).fill(tuple).join(",")}`;
  }

  add(row: number, values: (string | number | null)[]): void {
    this.buffer.push(row, ...values);
    this.buffered += 1;
    this.count += 1;
    if (this.buffered >= ROWS_PER_FLUSH) this.flush();
  }

  flush(): void {
    if (this.buffered === 0) return;
    const params = this.buffer;
    const rows = this.buffered;
    this.buffer = [];
    this.buffered = 0;
    this.sqlite.transaction(() => {
      const full = Math.floor(rows / ROWS_PER_STATEMENT);
      const chunk = ROWS_PER_STATEMENT * this.width;
      for (let i = 0; i < full; i += 1) this.batchInsert.run(params.slice(i * chunk, (i + 1) * chunk));
      const rest = rows - full * ROWS_PER_STATEMENT;
      if (rest > 0) this.sqlite.prepare(this.insertSql(rest)).run(params.slice(full * chunk));
    })();
  }

  /**
   * Rows arrive in file order (cheap appends); one bulk sort then indexes them by key, which is far
   * faster than keeping a keyed B-tree while rows stream in a scattered order.
   */
  indexByKey(): void {
    this.flush();
    this.sqlite.exec(`CREATE INDEX ${this.name}_key ON ${this.name.slice(5)} (${[...this.spec.key, "row_num"].join(", ")})`);
  }

  drop(): void {
    this.sqlite.exec(`DROP TABLE IF EXISTS ${this.name}`);
  }
}
