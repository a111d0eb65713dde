/** Cell parsers: CSV text (already trimmed) -> a typed value, or the tail of a message a person can act on. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = (message: string): CellResult<never> => ({ ok: false, message });

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const TIMESTAMP_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const CURRENCY_RE = /[$€£¥₹₩₽¢]|\b(?:usd|eur|gbp|jpy|chf|cad|aud)\b/i;
const GROUPED_RE = /^[+-]?\d{1,3}(?:[,' ]\d{3})+(?:\.\d+)?$/;

/** Dates outside these years are typos (9999-12-31, 0024-03-01), not history: they would break every monthly series. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const YEARS_MESSAGE = `is outside the years ${MIN_YEAR}-${MAX_YEAR}; check the year`;
const plausibleYear = (year: number) => year >= MIN_YEAR && year <= MAX_YEAR;
const EARLIEST_MS = Date.UTC(MIN_YEAR, 0, 1);
const LATEST_MS = Date.UTC(MAX_YEAR + 1, 0, 1);

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS[month - 1];
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function parseDate(text: string): CellResult<string> {
  const m = DATE_RE.exec(text);
  if (!m) return fail("is not a date; use YYYY-MM-DD, e.g. 2024-03-01");
  if (!plausibleYear(+m[1])) return fail(YEARS_MESSAGE);
  if (!isCalendarDate(+m[1], +m[2], +m[3])) return fail("is not a real calendar date");
  return ok(text);
}

export function parseMonth(text: string): CellResult<string> {
  const m = MONTH_RE.exec(text);
  if (!m) return fail("is not a month; use YYYY-MM, e.g. 2024-03");
  if (!plausibleYear(+m[1])) return fail(YEARS_MESSAGE);
  if (+m[2] < 1 || +m[2] > 12) return fail("is not a real month; months run 01 to 12");
  return ok(text);
}

/** ISO 8601: no zone = UTC, an offset is converted to UTC, a bare date is 00:00Z. */
export function parseTimestamp(text: string): CellResult<number> {
  const m = TIMESTAMP_RE.exec(text);
  if (!m) return fail("is not a timestamp; use ISO 8601, e.g. 2024-03-01T09:30:00Z or 2024-03-01");
  const [year, month, day, hour, minute, second] = [+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)];
  if (!plausibleYear(year)) return fail(YEARS_MESSAGE);
  if (!isCalendarDate(year, month, day)) return fail("is not a real calendar date");
  if (hour > 23 || minute > 59 || second > 59) return fail("is not a real time of day");
  const millis = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  let offsetMinutes = 0;
  const zone = m[8];
  if (zone && zone.toUpperCase() !== "Z") {
    const digits = zone.slice(1).replace(":", "");
    const h = +digits.slice(0, 2);
    const min = digits.length > 2 ? +digits.slice(2, 4) : 0;
    if (h > 14 || min > 59) return fail("has an impossible UTC offset");
    offsetMinutes = (zone[0] === "-" ? -1 : 1) * (h * 60 + min);
  }
  const ms = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
  // An offset can carry 2100-12-31T23:00-05:00 into 2101.
  if (ms < EARLIEST_MS || ms >= LATEST_MS) return fail(YEARS_MESSAGE);
  return ok(ms);
}

/** A plain decimal number with '.' as the decimal point; currency and grouping are errors, never guesses. */
export function parseNumber(text: string): CellResult<number> {
  if (NUMBER_RE.test(text)) {
    const n = Number(text);
    return Number.isFinite(n) ? ok(n) : fail("is too large to be a real number; check the value");
  }
  if (CURRENCY_RE.test(text)) return fail("contains a currency symbol or code; enter the number only, e.g. 1200.50");
  if (GROUPED_RE.test(text) || /^[+-]?\d+,\d+$/.test(text))
    return fail("contains a thousands separator or a decimal comma; use digits with '.' as the decimal point, e.g. 1200.50");
  return fail("is not a number; use digits with '.' as the decimal point, e.g. 1200.50");
}

export function parseNonNegative(text: string, what: string): CellResult<number> {
  const n = parseNumber(text);
  if (n.ok && n.value < 0) return fail(`is negative; ${what} must be 0 or more`);
  return n;
}

export function parseCount(text: string): CellResult<number> {
  const n = parseNonNegative(text, "counts");
  if (n.ok && !Number.isInteger(n.value)) return fail("is not a whole number; counts are integers, e.g. 12");
  return n;
}

export function parseInteger(text: string): CellResult<number> {
  const n = parseNumber(text);
  if (n.ok && !Number.isInteger(n.value)) return fail("is not a whole number");
  return n;
}

const TRUE = new Set(["true", "yes", "1", "y"]);
const FALSE = new Set(["false", "no", "0", "n"]);

export function parseBoolean(text: string): CellResult<boolean> {
  const v = text.toLowerCase();
  if (TRUE.has(v)) return ok(true);
  if (FALSE.has(v)) return ok(false);
  return fail("is not true or false; use true/false, yes/no, 1/0 or leave it blank");
}

/** Case-insensitive; spaces, dashes and '&' count as underscores ("Early adoption" = early_adoption). */
function normalizeEnumText(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s*&\s*/g, "_")
    .replace(/[\s-]+/g, "_");
}

export function enumParser<T extends string>(allowed: readonly T[], aliases: Record<string, T> = {}): (text: string) => CellResult<T> {
  const set = new Set<string>(allowed);
  return (text) => {
    const v = normalizeEnumText(text);
    if (set.has(v)) return ok(v as T);
    if (v in aliases) return ok(aliases[v]);
    return fail(`is not one of ${allowed.join(", ")}`);
  };
}
