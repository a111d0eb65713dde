import type { ExportFilters, ExportPeriod } from "./labels";

/** Lowercase letters, digits and single dashes only, so a name is safe on every file system. */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "chart";
}

const FILTER_KEYS: readonly (keyof ExportFilters)[] = ["segment", "csm", "plan"];

/**
 * keel-<name>[-<filter>-<value>...]-<from>-<to>.<ext>, e.g. keel-executive-logo-churn-segment-smb-2025-11-2026-10.png,
 * so exports of different filters or periods never overwrite each other.
 */
export function exportFileName(
  name: string,
  period: ExportPeriod,
  extension: "png" | "csv" | "pptx" | "zip",
  filters?: ExportFilters,
): string {
  const filterWords = filters ? FILTER_KEYS.flatMap((key) => (filters[key] ? [`${key} ${filters[key]}`] : [])) : [];
  return `keel-${slugify([name, ...filterWords].join(" "))}-${period.from}-${period.to}.${extension}`;
}

/** The name of one chart inside the all-charts zip: its id. */
export function zipEntryName(chartId: string): string {
  return `${slugify(chartId)}.png`;
}
