import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { KeelDb } from "../connection";
import { annotations, targets } from "../schema";
import type { AnnotationInput, TargetInput } from "@/lib/domain/plan-inputs";
import type { TargetEntry } from "@/lib/metrics/types";

/** Every stored plan figure, by month, metric and segment (company first). */
export function listTargets(db: KeelDb): TargetEntry[] {
  return db
    .select({ month: targets.month, metric: targets.metric, segment: targets.segment, value: targets.value })
    .from(targets)
    .orderBy(asc(targets.month), asc(targets.metric), asc(targets.segment))
    .all()
    .map((t) => ({ ...t, segment: t.segment === "" ? null : t.segment }));
}

/** Sets one plan figure (a row entered by hand has no import, so undoing imports leaves it). */
export function saveTarget(db: KeelDb, input: TargetInput): void {
  db.insert(targets)
    .values({ month: input.month, metric: input.metric, segment: input.segment ?? "", value: input.value, importId: null })
    .onConflictDoUpdate({ target: [targets.month, targets.metric, targets.segment], set: { value: input.value, importId: null } })
    .run();
}

export function deleteTarget(db: KeelDb, key: Pick<TargetInput, "month" | "metric" | "segment">): boolean {
  const result = db
    .delete(targets)
    .where(and(eq(targets.month, key.month), eq(targets.metric, key.metric), eq(targets.segment, key.segment ?? "")))
    .run();
  return result.changes > 0;
}

export function saveAnnotation(db: KeelDb, input: AnnotationInput): void {
  db.insert(annotations)
    .values({ date: input.date, label: input.label, segment: input.segment ?? "", importId: null })
    .onConflictDoUpdate({ target: [annotations.date, annotations.label], set: { segment: input.segment ?? "" } })
    .run();
}
