import type { BillingPeriod, Cost, Customer, Dataset, Filters, Subscription } from "@/lib/domain/types";
import { prepareDataset, type PreparedDataset } from "./prepare";

export const NO_FILTERS: Filters = { segment: null, csm: null, plan: null };

export function customer(customerId: string, over: Partial<Customer> = {}): Customer {
  return { customerId, name: customerId, segment: "SMB", plan: null, csm: null, acquisitionChannel: null, signupDate: "2020-01-01", ...over };
}

let nextId = 0;
export function sub(customerId: string, amount: number, startDate: string, endDate: string | null = null, billingPeriod: BillingPeriod = "month"): Subscription {
  return { subscriptionId: `s${++nextId}`, customerId, plan: null, amount, billingPeriod, startDate, endDate };
}

export function cost(month: string, category: Cost["category"], amount: number, segment: string | null = null): Cost {
  return { month, category, amount, segment };
}

export function dataset(part: Partial<Dataset>): Dataset {
  return { customers: [], subscriptions: [], lifecycle: [], costs: [], surveys: [], tickets: [], usage: [], ...part };
}

/** Customers are created for every customer_id of the subscriptions unless given. */
export function prepare(part: Partial<Dataset>): PreparedDataset {
  const customers = part.customers ?? [...new Set((part.subscriptions ?? []).map((s) => s.customerId))].map((id) => customer(id));
  return prepareDataset(dataset({ ...part, customers }));
}
