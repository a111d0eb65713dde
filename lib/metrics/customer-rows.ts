/*
 * Which rows of a kind's typed columns belong to each customer, without an object per row: the
 * positions of customer c's rows are rows[start[c] .. start[c + 1]), ascending.
 */

export type TypedColumn = Float64Array | Int32Array | Int8Array | Uint8Array;

export interface CustomerRows {
  /** customers + 1 entries. */
  start: Int32Array;
  rows: Int32Array;
}

/** A kind's columns (every array one entry per row) and each customer's rows among them. */
export interface EventTable<C> {
  cols: C;
  byCustomer: CustomerRows;
}

/** Some rows of a table: the positions into `cols` at rows[from .. to), ascending. */
export interface RowsOf<C> {
  cols: C;
  rows: Int32Array;
  from: number;
  to: number;
}

/** Groups row positions by customer index (-1 = none or unknown: in no group); positions stay ascending within a group. */
export function groupByCustomer(customer: Int32Array, customerCount: number): CustomerRows {
  const start = new Int32Array(customerCount + 1);
  for (const c of customer) if (c >= 0) start[c + 1]++;
  for (let c = 0; c < customerCount; c++) start[c + 1] += start[c];
  const next = start.slice(0, customerCount);
  const rows = new Int32Array(start[customerCount]);
  for (let i = 0; i < customer.length; i++) {
    const c = customer[i];
    if (c >= 0) rows[next[c]++] = i;
  }
  return { start, rows };
}

/** Bounds rather than a subarray: this runs per customer and month when scoring health, and a subarray costs an allocation of its own. */
export function rowsOfCustomer<C>(table: EventTable<C>, customer: number): RowsOf<C> {
  const { start, rows } = table.byCustomer;
  if (customer < 0) return { cols: table.cols, rows, from: 0, to: 0 };
  return { cols: table.cols, rows, from: start[customer], to: start[customer + 1] };
}

/**
 * The positions of `times` in ascending order; equal times keep their order (a stable sort). Packs
 * (time - min, position) into one 64-bit key when it fits, which sorts natively several times faster
 * than a comparator over hundreds of thousands of rows.
 */
export function ascendingOrder(times: Float64Array): Int32Array {
  const n = times.length;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const t of times) {
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const positionBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const spanBits = n === 0 ? 0 : Math.ceil(Math.log2(max - min + 1));
  const order = new Int32Array(n);
  if (spanBits + positionBits <= 64 && times.every(Number.isInteger)) {
    const shift = BigInt(positionBits);
    const mask = (1n << shift) - 1n;
    const keys = new BigUint64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (BigInt(times[i] - min) << shift) | BigInt(i);
    keys.sort();
    for (let i = 0; i < n; i++) order[i] = Number(keys[i] & mask);
    return order;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((a, b) => times[a] - times[b] || a - b);
}

/** The same columns with their rows in `order` (row k of the result = row order[k]). */
export function reorder<C extends Record<keyof C, TypedColumn>>(cols: C, order: Int32Array): C {
  const out = {} as C;
  for (const key of Object.keys(cols) as (keyof C)[]) {
    const from = cols[key];
    const to = new (from.constructor as new (n: number) => TypedColumn)(order.length);
    for (let k = 0; k < order.length; k++) to[k] = from[order[k]];
    out[key] = to as C[keyof C];
  }
  return out;
}

/** The same columns in time order (stable: rows read in per-customer order stay so). */
export function timeOrdered<C extends Record<keyof C, TypedColumn>>(cols: C, times: (cols: C) => Float64Array): C {
  return reorder(cols, ascendingOrder(times(cols)));
}

/** Columns in time order with each customer's rows. */
export function timeOrderedTable<C extends Record<keyof C, TypedColumn> & { customer: Int32Array }>(
  cols: C,
  times: (cols: C) => Float64Array,
  customerCount: number,
): EventTable<C> {
  const sorted = timeOrdered(cols, times);
  return { cols: sorted, byCustomer: groupByCustomer(sorted.customer, customerCount) };
}
