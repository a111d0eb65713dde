import { z } from "zod";

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;

const wholeNumber = (name: string, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { message: `${name} must be a whole number of 1 or more` })
    .transform(Number)
    .refine((n) => n >= 1 && n <= max, { message: `${name} must be between 1 and ${max}` })
    .optional();

/** `page` (from 1) and `page_size` (at most MAX_PAGE_SIZE) of every list that is not a drill-down. */
export const pageQuerySchema = z
  .object({ page: wholeNumber("page", 1_000_000), page_size: wholeNumber("page_size", MAX_PAGE_SIZE) })
  .transform(({ page, page_size }) => ({ page: page ?? 1, pageSize: page_size ?? DEFAULT_PAGE_SIZE }));
