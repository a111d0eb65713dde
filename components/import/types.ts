import type { DataKind } from "@/lib/domain/types";
import type { ImportError } from "@/lib/import/errors";
export type { ImportSummary } from "@/db/imports/list-imports";

/** The 200 body of POST /api/imports. */
export type { ImportResult as ImportResultBody } from "@/db/imports/import-types";
import type { ImportResult as ImportResultBody } from "@/db/imports/import-types";

export interface ImportErrorBody {
  error: string;
  errors?: ImportError[];
  error_count?: number;
}

export type UploadAnswer = { ok: true; body: ImportResultBody } | { ok: false; status: number; body: ImportErrorBody };

export const KIND_LABELS: Record<DataKind, string> = {
  customers: "Customers",
  subscriptions: "Subscriptions",
  lifecycle: "Lifecycle",
  costs: "Costs",
  surveys: "Surveys",
  tickets: "Tickets",
  usage: "Usage",
  targets: "Targets",
  annotations: "Annotations",
};
