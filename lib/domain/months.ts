import type { EpochMs, IsoDate, Month } from "./types";

/** Months are handled as integers (year * 12 + month - 1) so ranges are plain arithmetic. */
export type MonthIndex = number;

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH_RE.test(value);
}

/*
 * The metrics convert the same few months back and forth once per customer, so both directions are
 * remembered: parsing with a regular expression and building a string each time made a large share
 * of the garbage a dashboard leaves. Bounded, although real data uses a few hundred months at most.
 */
const CACHE_LIMIT = 4096;
const indexOfMonth = new Map<string, MonthIndex>();
const monthOfIndex = new Map<MonthIndex, Month>();

export function monthToIndex(month: Month): MonthIndex {
  const known = indexOfMonth.get(month);
  if (known !== undefined) return known;
  const match = MONTH_RE.exec(month);
  if (!match) throw new Error(`Not a month (YYYY-MM): ${month}`);
  const index = Number(match[1]) * 12 + Number(match[2]) - 1;
  if (indexOfMonth.size >= CACHE_LIMIT) indexOfMonth.clear();
  indexOfMonth.set(month, index);
  return index;
}

export function indexToMonth(index: MonthIndex): Month {
  const known = monthOfIndex.get(index);
  if (known !== undefined) return known;
  const year = Math.floor(index / 12);
  const month = `${String(year).padStart(4, "0")}-${String(index - year * 12 + 1).padStart(2, "0")}`;
  if (monthOfIndex.size >= CACHE_LIMIT) monthOfIndex.clear();
  monthOfIndex.set(index, month);
  return month;
}

export function addMonths(month: Month, count: number): Month {
  return indexToMonth(monthToIndex(month) + count);
}

/** Every month from `from` to `to`, inclusive. */
export function monthRange(from: Month, to: Month): Month[] {
  const out: Month[] = [];
  for (let i = monthToIndex(from); i <= monthToIndex(to); i++) out.push(indexToMonth(i));
  return out;
}

export function monthOfInstant(ms: EpochMs): Month {
  const d = new Date(ms);
  return `${String(d.getUTCFullYear()).padStart(4, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** 00:00Z on the first day of the month. */
export function monthStartMs(month: Month): EpochMs {
  const index = monthToIndex(month);
  return Date.UTC(Math.floor(index / 12), index % 12, 1);
}

/** 00:00Z on the first day after the month: the exclusive end of the month. */
export function monthEndExclusiveMs(month: Month): EpochMs {
  return monthStartMs(addMonths(month, 1));
}

export function dateToMs(date: IsoDate): EpochMs {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;
