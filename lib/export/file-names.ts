import type { ExportPeriod } from "./labels";

/** Lowercase letters, digits and single dashes only, so a name is safe on every file system. */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "chart";
}

/** keel-<name>-<from>-<to>.<ext>, e.g. keel-logo-churn-2025-11-2026-10.csv */
export function exportFileName(name: string, period: ExportPeriod, extension: "png" | "csv" | "pptx" | "zip"): string {
  return `keel-${slugify(name)}-${period.from}-${period.to}.${extension}`;
}

/** The name of one chart inside the all-charts zip: its id. */
export function zipEntryName(chartId: string): string {
  return `${slugify(chartId)}.png`;
}
