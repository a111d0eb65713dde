import { z } from "zod";
import { DEFAULT_HEALTH_SETTINGS, type HealthSettings } from "./types";

const weight = z.number().finite().min(0, "weights must be 0 or more").max(100, "weights must be 100 or less");

export const healthSettingsSchema = z
  .object({
    weights: z.object({
      usage: weight,
      support: weight,
      sentiment: weight,
      usage_trend: weight.default(0),
      lifecycle: weight.default(0),
      mrr_trend: weight.default(0),
    }),
    healthyMin: z.number().finite().min(0).max(100),
    watchMin: z.number().finite().min(0).max(100),
    stuckAfterDays: z.number().int("stuck after must be a whole number of days").min(1).max(3650),
  })
  .refine((s) => Object.values(s.weights).some((w) => w > 0), {
    message: "at least one weight must be above 0",
    path: ["weights"],
  })
  .refine((s) => s.watchMin <= s.healthyMin, {
    message: "the watch threshold must not be above the healthy threshold",
    path: ["watchMin"],
  });

/** Stored settings merged over the defaults, so a new field never breaks an old database. */
export function healthSettingsFrom(stored: unknown): HealthSettings {
  const merged = { ...DEFAULT_HEALTH_SETTINGS, ...(typeof stored === "object" && stored ? stored : {}) };
  const parsed = healthSettingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_HEALTH_SETTINGS;
}
