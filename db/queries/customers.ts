import "server-only";
import type { KeelDb } from "../connection";
import { getPreparedDataset } from "./prepared-dataset";
import { getHealthSettings } from "./settings";
import { resolvePeriod } from "@/lib/api/metrics-query";
import type { CustomersQuery } from "@/lib/api/customers-query";
import type { Month } from "@/lib/domain/types";
import { customerDetail, type CustomerDetail } from "@/lib/metrics/customer-detail";
import { customerList } from "@/lib/metrics/customer-list";
import type { CustomerListResponse } from "@/lib/metrics/customer-list-types";
import { defaultPeriod } from "@/lib/metrics/prepare";
import type { CustomerReview } from "@/lib/domain/reviews";
import { latestReviews, reviewsOf } from "./reviews";

/** GET /api/customers and the Customers page: null when there is no data yet. Each row carries its latest "reviewed" mark. */
export function getCustomerList(db: KeelDb, query: CustomersQuery): CustomerListResponse | null {
  const prepared = getPreparedDataset(db);
  const period = resolvePeriod(query, defaultPeriod(prepared));
  if (!period) return null;
  const list = customerList(prepared, period, query.filters, getHealthSettings(db), query.drill);
  const reviews = latestReviews(db);
  for (const row of list.customers) row.review = reviews.get(row.customer_id) ?? null;
  return list;
}

/** GET /api/customers/{id} and the customer page: null for an unknown id. */
export function getCustomerDetail(db: KeelDb, customerId: string, asOf?: Month): (CustomerDetail & { reviews: CustomerReview[] }) | null {
  const detail = customerDetail(getPreparedDataset(db), customerId, getHealthSettings(db), asOf);
  return detail && { ...detail, reviews: reviewsOf(db, customerId) };
}
