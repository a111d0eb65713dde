/** Day- and instant-level helpers on absolute month indices (year * 12 + month - 1), all UTC. */
import { MS_PER_DAY, MS_PER_HOUR } from "../domain/months";

export { MS_PER_DAY, MS_PER_HOUR };

/** 00:00Z of `day` (1-based, may overflow into the next month) of month index `month`. */
export function dayMs(month: number, day: number): number {
  return Date.UTC(Math.floor(month / 12), month % 12, day);
}

export function monthStart(month: number): number {
  return dayMs(month, 1);
}

export function daysInMonth(month: number): number {
  return Math.round((dayMs(month + 1, 1) - dayMs(month, 1)) / MS_PER_DAY);
}

/** Month index of an instant. */
export function monthOf(ms: number): number {
  const d = new Date(ms);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** `YYYY-MM-DD` */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `YYYY-MM-DDTHH:MM:SSZ` (whole seconds). */
export function isoInstant(ms: number): string {
  return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}Z`;
}

/** A business-hours time of day in ms (08:00-18:00 UTC, whole minutes). */
export function businessTime(r: { int(min: number, max: number): number }): number {
  return (r.int(8, 17) * 60 + r.int(0, 59)) * 60_000;
}
