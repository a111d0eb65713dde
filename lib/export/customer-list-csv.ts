import type { CustomerListResponse, CustomerRow } from "@/lib/metrics/customer-list-types";
import { chartCsv, type CsvColumn } from "./csv";
import { slugify } from "./file-names";

const BASE: readonly CsvColumn[] = [
  { key: "customer_id", label: "Customer ID" },
  { key: "name", label: "Name" },
  { key: "segment", label: "Segment" },
  { key: "plan", label: "Plan" },
  { key: "csm", label: "CSM" },
  { key: "acquisition_channel", label: "Acquisition channel" },
  { key: "signup_date", label: "Signup date" },
  { key: "status", label: "Status" },
  { key: "mrr", label: "MRR" },
  { key: "arr", label: "ARR" },
  { key: "health_score", label: "Health score" },
  { key: "health_band", label: "Health band" },
  { key: "weakest_factor", label: "Weakest factor" },
  { key: "current_stage", label: "Current stage" },
];

function columnsFor(drill: CustomerListResponse["drill"]): CsvColumn[] {
  const cols = [...BASE];
  if (drill.movement)
    cols.push(
      { key: "movement", label: "Movement" },
      { key: "movement_amount", label: "Movement amount" },
      { key: "movement_months", label: "Movement months" },
    );
  if (drill.cohort || drill.retention_cohort) cols.push({ key: "start_mrr", label: "Start MRR" }, { key: "end_mrr", label: "End MRR" });
  if (drill.stuck) cols.push({ key: "days_in_stage", label: "Days in stage" });
  if (drill.survey) cols.push({ key: "nps_score", label: "NPS score" });
  if (drill.renewal)
    cols.push(
      { key: "renewal_date", label: "Renewal date" },
      { key: "days_until_renewal", label: "Days until renewal" },
      { key: "renewal_arr", label: "Renewing ARR" },
    );
  cols.push({ key: "reviewed_by", label: "Reviewed by" }, { key: "reviewed_at", label: "Reviewed at" });
  return cols;
}

const flat = (r: CustomerRow): Record<string, unknown> => ({
  ...r,
  movement_months: r.movement_months?.join(" "),
  reviewed_by: r.review?.reviewed_by,
  reviewed_at: r.review?.reviewed_at,
});

/** The list as CSV: unrounded values, formula-looking cells escaped (chartCsv). */
export function customerListCsv(list: CustomerListResponse): string {
  return chartCsv(columnsFor(list.drill), list.customers.map(flat));
}

/**
 * keel-customers-<from>-<to> followed by every filter and drill in force, e.g.
 * keel-customers-2025-11-2026-10-segment-mid-market-health-at-risk.csv
 */
export function customerListFileName(list: CustomerListResponse): string {
  const { period, filters, drill } = list;
  const parts: (string | null)[] = [
    filters.segment && `segment-${filters.segment}`,
    filters.csm && `csm-${filters.csm}`,
    filters.plan && `plan-${filters.plan}`,
    drill.month && `month-${drill.month}`,
    drill.movement && `movement-${drill.movement}`,
    drill.cohort && `cohort-${drill.cohort}`,
    drill.retention_cohort ? "retention-cohort" : null,
    drill.status !== "all" ? `status-${drill.status}` : null,
    drill.health && `health-${drill.health}`,
    drill.stage && `stage-${drill.stage}`,
    drill.stuck ? "stuck" : null,
    drill.survey && `nps-${drill.survey}`,
    drill.renewal ? `renewing-${drill.renewal}d` : null,
    drill.q && `search-${drill.q}`,
  ];
  const suffix = parts
    .filter((p): p is string => !!p)
    .map(slugify)
    .join("-");
  return `keel-customers-${period.from}-${period.to}${suffix ? `-${suffix}` : ""}.csv`;
}
