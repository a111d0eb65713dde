import type { Metadata } from "next";
import { getDb } from "@/db";
import { getHealthSettings, getReportingCurrency } from "@/db/queries/settings";
import Link from "next/link";
import { AdminOnly } from "@/components/auth/admin-only";
import { ApiTokens } from "@/components/auth/api-tokens";
import { HealthSettingsForm } from "@/components/settings/health-settings-form";
import { ReportingCurrencyForm } from "@/components/settings/reporting-currency-form";
import { TargetsEditor } from "@/components/settings/targets-editor";
import { DEFAULT_HEALTH_SETTINGS } from "@/lib/domain/types";

export const metadata: Metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

export default function SettingsPage() {
  const current = getHealthSettings(getDb());
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
        <p className="mt-1 text-sm text-slate-600">Workspace settings apply to every dashboard, drill-down, export and the API.</p>
      </div>
      <HealthSettingsForm initial={current} defaults={DEFAULT_HEALTH_SETTINGS} />
      <ReportingCurrencyForm initial={getReportingCurrency(getDb())} />
      <AdminOnly>
        <TargetsEditor />
        <ApiTokens />
        <p className="text-sm">
          <Link href="/settings/users" className="font-medium text-indigo-700 hover:underline">
            Users and roles →
          </Link>
        </p>
      </AdminOnly>
    </div>
  );
}
