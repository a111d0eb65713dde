import { getDb } from "@/db";
import { getCustomerDetail } from "@/db/queries/customers";
import { metricsQuerySchema } from "@/lib/api/metrics-query";
import { jsonOk, notFound } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";

export const dynamic = "force-dynamic";

/** `to` (YYYY-MM) sets the month health and status are taken at; default the latest month with data. */
export const GET = route(
  { auth: "user", query: metricsQuerySchema, summary: "One customer's history, timeline, tickets, surveys and health" },
  ({ params, query }) => {
    const detail = getCustomerDetail(getDb(), params.id, query.to ?? undefined);
    if (!detail) throw notFound(`No customer with id ${params.id}.`, { customer_id: params.id });
    return jsonOk(detail);
  },
);
