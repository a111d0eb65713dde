import type { Period } from "./types";

/** The choices of the filter bar: what the data holds. */
export interface FilterOptions {
  segments: string[];
  csms: string[];
  plans: string[];
  /** First and last months that have data, bounding the period picker. */
  firstMonth: string;
  lastMonth: string;
  defaultPeriod: Period;
}
