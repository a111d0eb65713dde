import { parseCount, parseNonNegative, parseTimestamp, type CellResult } from "../cells";
import type { SourceIssue } from "./source-format";

export const utcDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Collects the issues of one row while its cells are read. */
export class RowIssues {
  issues: SourceIssue[] = [];

  add(column: string, value: string, message: string): void {
    this.issues.push({ column, value, message });
  }

  /** The parsed value, or undefined after recording `column: 'value' <why>`. */
  take<T>(column: string, value: string, result: CellResult<T>): T | undefined {
    if (result.ok) return result.value;
    this.add(column, value, `${column}: '${value}' ${result.message}`);
    return undefined;
  }

  required(column: string, value: string): string | undefined {
    if (value !== "") return value;
    this.add(column, value, `${column} is required; this cell is blank`);
    return undefined;
  }

  timestamp(column: string, value: string): number | null | undefined {
    return value === "" ? null : this.take(column, value, parseTimestamp(value));
  }

  get ok(): boolean {
    return this.issues.length === 0;
  }
}

/** `amount` x `quantity` without binary noise: 49.99 x 3 = 149.97, not 149.97000000000003. */
export function times(amountText: string, amount: number, quantity: number): number {
  const decimals = /\.(\d+)$/.exec(amountText)?.[1].length ?? 0;
  if (decimals === 0 || decimals > 6) return amount * quantity;
  const scale = 10 ** decimals;
  return (Math.round(amount * scale) * quantity) / scale;
}

export const parseAmount = (text: string) => parseNonNegative(text, "amounts");
export const parseQuantity = (text: string) => parseCount(text);
