import { and, gte, lte } from "drizzle-orm";
import type { KeelDb } from "../connection";
import { annotations, targets } from "../schema";
import type { Annotation, Filters, Period, Target } from "@/lib/domain/types";
import { annotationsInView, targetsInView } from "@/lib/metrics/targets-annotations";
import type { AnnotationEntry, TargetEntry } from "@/lib/metrics/types";

const blankToNull = (segment: string): string | null => (segment === "" ? null : segment);

function storedTargets(db: KeelDb, period: Period): Target[] {
  return db
    .select({ month: targets.month, metric: targets.metric, segment: targets.segment, value: targets.value })
    .from(targets)
    .where(and(gte(targets.month, period.from), lte(targets.month, period.to)))
    .all()
    .map((t) => ({ ...t, segment: blankToNull(t.segment) }));
}

function storedAnnotations(db: KeelDb, period: Period): Annotation[] {
  return db
    .select({ date: annotations.date, label: annotations.label, segment: annotations.segment })
    .from(annotations)
    .where(and(gte(annotations.date, `${period.from}-01`), lte(annotations.date, `${period.to}-31`)))
    .all()
    .map((a) => ({ ...a, segment: blankToNull(a.segment) }));
}

/** The `targets` and `annotations` of GET /api/metrics for a period and filters. */
export function planAndNotes(db: KeelDb, period: Period, filters: Filters): { targets: TargetEntry[]; annotations: AnnotationEntry[] } {
  return {
    targets: targetsInView(storedTargets(db, period), period, filters),
    annotations: annotationsInView(storedAnnotations(db, period), period, filters),
  };
}
