/** The row stream's shape and the ID sequences shared across customers. */
import type { DatasetKind } from "../domain/types";
import type { CsvRow } from "./columns";

export interface DemoRow {
  kind: DatasetKind;
  row: CsvRow;
}

/** Running numbers for subscription, response and ticket IDs (one set per data set). */
export class Sequences {
  subscription = 0;
  response = 0;
  ticket = 0;

  nextSubscription(): string {
    return `SUB-${String(++this.subscription).padStart(6, "0")}`;
  }
  nextResponse(): string {
    return `RSP-${String(++this.response).padStart(7, "0")}`;
  }
  nextTicket(): string {
    return `TCK-${String(++this.ticket).padStart(7, "0")}`;
  }
}

/** A plain decimal with at most `digits` fraction digits: '.' point, no separators, no exponent. */
export function decimal(value: number, digits = 2): string {
  const fixed = value.toFixed(digits);
  return fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
}
