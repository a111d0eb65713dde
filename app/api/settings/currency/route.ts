import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { getReportingCurrency, saveReportingCurrency } from "@/db/queries/settings";
import { jsonError, jsonOk } from "@/lib/api/respond";
import { reportingCurrencySchema } from "@/lib/domain/reporting-currency";
import { requireAdmin, requireUser } from "@/db/auth/guard";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const user = await requireUser(request);
  if (user instanceof Response) return user;
  return jsonOk({ currency: getReportingCurrency(getDb()) });
}

export async function PUT(request: NextRequest) {
  const user = await requireAdmin(request, "settings");
  if (user instanceof Response) return user;
  const body = await request.json().catch(() => undefined);
  if (body === undefined) return jsonError(400, "The body must be JSON.");
  const parsed = reportingCurrencySchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "body";
    return jsonError(400, `${field}: ${issue?.message ?? "invalid"}`, { param: field });
  }
  // Stored amounts do not change: the currency decides which rows of a billing export import.
  saveReportingCurrency(getDb(), parsed.data.currency);
  return jsonOk({ currency: parsed.data.currency });
}
