import { z } from "zod";

/** A whole-number query parameter between min and max, `fallback` when absent or blank. */
const count = (name: string, min: number, max: number, fallback: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.coerce
      .number({ message: `${name} must be a whole number` })
      .int({ message: `${name} must be a whole number` })
      .min(min, { message: `${name} must be at least ${min}` })
      .max(max, { message: `${name} must be at most ${max}` })
      .optional()
      .transform((v) => v ?? fallback),
  );

/** `offset` (from 0) and `limit` (1 to `maxLimit`, `defaultLimit` when absent) of a paged list route. */
export const pageQueryShape = (defaultLimit: number, maxLimit: number) => ({
  offset: count("offset", 0, 10_000_000, 0),
  limit: count("limit", 1, maxLimit, defaultLimit),
});
