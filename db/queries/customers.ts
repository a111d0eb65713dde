import "server-only";
import type { KeelDb } from "../connection";
import { getPreparedDataset } from "./prepared-dataset";
import { cachedView } from "./view-cache";
import { getHealthSettings } from "./settings";
import { resolvePeriod } from "@/lib/api/metrics-query";
import type { CustomersQuery } from "@/lib/api/customers-query";
import type { Month } from "@/lib/domain/types";
import { customerDetail, type CustomerDetail } from "@/lib/metrics/customer-detail";
import { customerList } from "@/lib/metrics/customer-list";
import type { CustomerListResponse } from "@/lib/metrics/customer-list-types";
import { defaultPeriod } from "@/lib/metrics/prepare";
import type { CustomerReview } from "@/lib/domain/reviews";
import { loadCustomerRecords } from "./customer-records";
import { latestReviews, reviewsOf } from "./reviews";

/** GET /api/customers and the Customers page: null when there is no data yet. Each row carries its latest "reviewed" mark. */
export function getCustomerList(db: KeelDb, query: CustomersQuery): CustomerListResponse | null {
  const prepared = getPreparedDataset(db);
  const period = resolvePeriod(query, defaultPeriod(prepared));
  if (!period) return null;
  const settings = getHealthSettings(db);
  const list = cachedView(prepared, "customers", [period, query.filters, query.drill, settings], () =>
    customerList(prepared, period, query.filters, settings, query.drill),
  );
  // Reviews change without a new data version: added to a copy, never to the cached view.
  const reviews = latestReviews(db);
  return { ...list, customers: list.customers.map((row) => ({ ...row, review: reviews.get(row.customer_id) ?? null })) };
}

/** GET /api/customers/{id} and the customer page: null for an unknown id. */
export function getCustomerDetail(db: KeelDb, customerId: string, asOf?: Month): (CustomerDetail & { reviews: CustomerReview[] }) | null {
  const detail = customerDetail(getPreparedDataset(db), customerId, loadCustomerRecords(db, customerId), getHealthSettings(db), asOf);
  return detail && { ...detail, reviews: reviewsOf(db, customerId) };
}
