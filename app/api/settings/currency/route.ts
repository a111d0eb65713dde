import { getDb } from "@/db";
import { getReportingCurrency, saveReportingCurrency } from "@/db/queries/settings";
import { reportingCurrencySchema } from "@/lib/domain/reporting-currency";
import { jsonOk } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";

export const dynamic = "force-dynamic";

export const GET = route(
  { auth: "user", summary: "The reporting currency: a billing export's rows in another currency are row errors" },
  () => jsonOk({ currency: getReportingCurrency(getDb()) }),
);

export const PUT = route(
  { auth: "admin", action: "settings", body: reportingCurrencySchema, summary: "Change the reporting currency" },
  ({ body }) => {
    // Stored amounts do not change: the currency decides which rows of a billing export import.
    const currency = body.currency.trim().toLowerCase();
    saveReportingCurrency(getDb(), currency);
    return jsonOk({ currency });
  },
);
