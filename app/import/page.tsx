import type { Metadata } from "next";
import { getDb } from "@/db";
import { listImports } from "@/db/imports/list-imports";
import { ImportForm } from "@/components/import/import-form";
import { ImportHistory } from "@/components/import/import-history";
import { SourceFormats } from "@/components/import/source-formats";
import { TemplateLinks } from "@/components/import/template-links";

export const metadata: Metadata = { title: "Import" };
export const dynamic = "force-dynamic";

export default function ImportPage() {
  const imports = listImports(getDb());
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Import</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          Upload the CSV exports of your billing, CRM, help desk and survey tools. An import is all or nothing: a file with any invalid row
          writes nothing and lists every problem. The same file twice changes nothing, and every import can be undone.
        </p>
      </div>
      <ImportForm />
      <TemplateLinks />
      <SourceFormats />
      <ImportHistory initial={imports} />
    </div>
  );
}
