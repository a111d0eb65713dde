import { formatMonth, formatPeriod, segmentLabel } from "@/lib/format";

export interface ExportPeriod {
  from: string;
  to: string;
}

export interface ExportFilters {
  segment: string | null;
  csm: string | null;
  plan: string | null;
}

const FILTER_LABELS: readonly [keyof ExportFilters, string][] = [
  ["segment", "Segment"],
  ["csm", "CSM"],
  ["plan", "Plan"],
];

/** "Nov 2025 – Oct 2026 · Segment: SMB · CSM: Ana": the view an export was made from. */
export function exportSubtitle(period: ExportPeriod, filters: ExportFilters, periodText?: string): string {
  const parts = [periodText ?? formatPeriod(period)];
  for (const [key, label] of FILTER_LABELS) {
    const value = filters[key];
    if (value) parts.push(`${label}: ${key === "segment" ? segmentLabel(value) : value}`);
  }
  if (parts.length === 1) parts.push("All customers");
  return parts.join(" · ");
}

export function dataThroughText(month: string): string {
  return `Data through ${formatMonth(month)}`;
}

/** The footnote under an exported chart: its definition, then the data date. */
export function exportFootnote(definition: string, dataThrough: string): string {
  const text = definition.trim();
  const sentence = text === "" || /[.!?]$/.test(text) ? text : `${text}.`;
  return sentence ? `${sentence} ${dataThroughText(dataThrough)}.` : `${dataThroughText(dataThrough)}.`;
}

/** "23 Nov 2026" for the deck's title slide; UTC so the date does not depend on the machine. */
export function generatedOnText(date: Date): string {
  const month = formatMonth(date.toISOString().slice(0, 7)).split(" ")[0];
  return `Generated ${date.getUTCDate()} ${month} ${date.getUTCFullYear()}`;
}
