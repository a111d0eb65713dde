import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CustomerHeader } from "@/components/customers/customer-header";
import { HealthCard } from "@/components/customers/health-card";
import { ReviewMark } from "@/components/customers/review-mark";
import { LifecycleTimeline } from "@/components/customers/lifecycle-timeline";
import { MovementsTable } from "@/components/customers/movements-table";
import { MrrHistoryChart } from "@/components/customers/mrr-history-chart";
import { SurveysTable } from "@/components/customers/surveys-table";
import { TicketsTable } from "@/components/customers/tickets-table";
import { getDb } from "@/db";
import { getCustomerDetail } from "@/db/queries/customers";
import { toUrlSearchParams } from "@/lib/api/metrics-query";
import { isMonth } from "@/lib/domain/months";
import { CUSTOMER_QUERY_KEYS, DRILL_FILTER_KEYS } from "@/lib/metrics/customer-list-types";

export const dynamic = "force-dynamic";

/** The list a customer was opened from: its period, filters, drill, sort and page, and its way back to the dashboard. */
const LIST_PARAMS = new Set<string>([...CUSTOMER_QUERY_KEYS, "back"]);

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function load({ params, searchParams }: Props) {
  const { id } = await params;
  const query = toUrlSearchParams(await searchParams);
  const to = query.get("to");
  const back = new URLSearchParams([...query].filter(([key]) => LIST_PARAMS.has(key)));
  const drilled = DRILL_FILTER_KEYS.some((key) => back.has(key)) || back.has("q");
  return { detail: getCustomerDetail(getDb(), id, to && isMonth(to) ? to : undefined), back: back.toString(), drilled };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { detail } = await load(props);
  return { title: detail ? detail.name : "Customer not found" };
}

export default async function CustomerPage(props: Props) {
  const { detail, back, drilled } = await load(props);
  if (!detail) notFound();
  return (
    <div className="space-y-4">
      <Link href={`/customers${back ? `?${back}` : ""}`} className="inline-flex text-sm font-medium text-indigo-700 hover:underline">
        {drilled ? "← Back to the list" : "← All customers"}
      </Link>
      <CustomerHeader detail={detail} />
      <ReviewMark customerId={detail.customer_id} reviews={detail.reviews} />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <MrrHistoryChart history={detail.mrr_history} />
        </div>
        <HealthCard detail={detail} />
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <MovementsTable movements={detail.movements} />
        </div>
        <LifecycleTimeline events={detail.lifecycle} />
      </div>
      <SurveysTable surveys={detail.surveys} />
      <TicketsTable tickets={detail.tickets} />
    </div>
  );
}
