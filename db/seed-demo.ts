import type { KeelDb } from "./connection";
import { customers } from "./schema";
import { importCsv } from "./imports/import-csv";
import { generateDemoCsv } from "@/lib/demo/generate-demo";
import { DATASET_KINDS } from "@/lib/domain/types";

export function isDatabaseEmpty(db: KeelDb): boolean {
  return db.select({ id: customers.customerId }).from(customers).limit(1).all().length === 0;
}

/** Loads the bundled demo data set through the same import path as the upload form. */
export async function seedDemo(db: KeelDb): Promise<void> {
  const files = generateDemoCsv({ preset: "demo" });
  for (const kind of DATASET_KINDS) {
    const outcome = await importCsv(db, { kind, fileName: `demo-${kind}.csv`, userEmail: "demo", input: files[kind] });
    if (!outcome.ok) {
      const first = outcome.errors[0];
      throw new Error(
        `The demo ${kind} file did not import: ${outcome.error}` + (first ? ` (row ${first.row}, ${first.column}: ${first.message})` : ""),
      );
    }
  }
}
