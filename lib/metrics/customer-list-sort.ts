import type { MonthIndex } from "@/lib/domain/months";
import type { CustomerRow, CustomerStatus, DrillParams, NpsGroup, SortDir, SortKey } from "./customer-list-types";

/** unitsAtTo = MRR at `to`; firstActive = first month with MRR > 0 (-1 never). */
export function customerStatus(unitsAtTo: number, firstActive: MonthIndex, to: MonthIndex): CustomerStatus {
  if (unitsAtTo > 0) return "active";
  return firstActive >= 0 && firstActive < to ? "churned" : "never_active";
}

export function npsGroup(score: number): NpsGroup {
  if (score >= 9) return "promoter";
  if (score >= 7) return "passive";
  return "detractor";
}

const TEXT_KEYS: ReadonlySet<SortKey> = new Set(["name", "segment", "signup_date", "renewal_date"]);

/** Default: movement amount (largest first) when drilling into a movement, soonest renewal for renewals, else MRR; text columns ascend, numbers descend. */
export function resolvedSort(drill: Pick<DrillParams, "sort" | "dir" | "movement"> & { renewal?: DrillParams["renewal"] }): {
  sort: SortKey;
  dir: SortDir;
} {
  const sort = drill.sort ?? (drill.movement ? "movement_amount" : drill.renewal ? "renewal_date" : "mrr");
  const dir = drill.dir ?? (TEXT_KEYS.has(sort) ? "asc" : "desc");
  return { sort, dir };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Stable order: the key, then name, then id; a missing value (no health score, no movement) always sorts last. */
export function sortRows(rows: CustomerRow[], sort: SortKey, dir: SortDir): CustomerRow[] {
  const sign = dir === "asc" ? 1 : -1;
  const value = (r: CustomerRow): string | number | null => {
    if (sort === "name") return r.name.toLowerCase();
    if (sort === "movement_amount") return r.movement_amount ?? null;
    if (sort === "renewal_date") return r.renewal_date ?? null;
    return r[sort];
  };
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va !== vb) {
      if (va === null) return 1;
      if (vb === null) return -1;
      const cmp = typeof va === "number" && typeof vb === "number" ? va - vb : byText(String(va), String(vb));
      if (cmp !== 0) return sign * cmp;
    }
    return byText(a.name.toLowerCase(), b.name.toLowerCase()) || byText(a.customer_id, b.customer_id);
  });
}

export function pageOf<T>(rows: readonly T[], page: number, pageSize: number): T[] {
  return rows.slice((page - 1) * pageSize, page * pageSize);
}
