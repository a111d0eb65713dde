import type { DataKind } from "@/lib/domain/types";
import type { ImportError } from "@/lib/import/errors";
export type { ImportSummary } from "@/db/imports/list-imports";

export interface ImportResultBody {
  import_id: number;
  kind: DataKind;
  rows_read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  warnings: string[];
}

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
};
