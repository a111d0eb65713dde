import { z } from "zod";
import { SUMMARY_FIELDS } from "@/lib/metrics/summary-fields";

const month = z.string().regex(/^(19\d{2}|20\d{2}|2100)-(0[1-9]|1[0-2])$/, "must be a month YYYY-MM between 1900 and 2100");
const date = z
  .string()
  .regex(/^(19\d{2}|20\d{2}|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "must be a date YYYY-MM-DD between 1900 and 2100")
  .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d, "is not a real date");
const segment = z
  .string()
  .trim()
  .max(100)
  .nullish()
  .transform((s) => (s ? s : null));

/** A plan figure entered by hand: same rules as a `targets` CSV row. */
export const targetInputSchema = z.object({
  month,
  metric: z.enum(SUMMARY_FIELDS, { message: "must be a field name of the API's summary, e.g. arr, mrr, nrr, logo_churn_rate" }),
  segment,
  value: z.number({ message: "must be a number" }).finite("must be a finite number"),
});

export const targetKeySchema = targetInputSchema.pick({ month: true, metric: true, segment: true });

/** An annotation added from a chart: same rules as an `annotations` CSV row. */
export const annotationInputSchema = z.object({
  date,
  label: z.string().trim().min(1, "must say what happened").max(200, "must be at most 200 characters"),
  segment,
});

export type TargetInput = z.infer<typeof targetInputSchema>;
export type AnnotationInput = z.infer<typeof annotationInputSchema>;
