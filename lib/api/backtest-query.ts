import { healthSettingsSchema } from "@/lib/domain/health-settings";
import { HEALTH_FACTORS, type HealthFactor, type HealthSettings } from "@/lib/domain/types";
import type { ParseResult } from "./metrics-query";

const NUMBER = /^-?\d+(\.\d+)?$/;

function readNumber(name: string, value: string): ParseResult<number> {
  const v = value.trim();
  if (!NUMBER.test(v)) return { ok: false, param: name, message: `${name} must be a number, e.g. ${name}=40` };
  return { ok: true, value: Number(v) };
}

/** `weights=usage:40,support:20` or `weights={"usage":40}`. */
function readWeightList(value: string): ParseResult<Partial<Record<HealthFactor, number>>> {
  const bad = {
    ok: false as const,
    param: "weights",
    message: `weights must list factor:weight pairs, e.g. weights=usage:40,support:20,sentiment:40 (factors: ${HEALTH_FACTORS.join(", ")})`,
  };
  let entries: [string, string][];
  if (value.trim().startsWith("{")) {
    try {
      const obj = JSON.parse(value) as Record<string, unknown>;
      entries = Object.entries(obj).map(([k, v]) => [k, String(v)]);
    } catch {
      return bad;
    }
  } else {
    entries = value
      .split(",")
      .filter((s) => s.trim())
      .map((pair) => {
        const [k, v = ""] = pair.split(":");
        return [k.trim(), v];
      });
  }
  const out: Partial<Record<HealthFactor, number>> = {};
  for (const [k, v] of entries) {
    if (!(HEALTH_FACTORS as readonly string[]).includes(k)) return bad;
    const n = readNumber(`weights.${k}`, v);
    if (!n.ok) return n;
    out[k as HealthFactor] = n.value;
  }
  return { ok: true, value: out };
}

/**
 * GET /api/health-score/backtest: the Settings' weights and bands, with any factor weight
 * (`usage=40&support=20`, or `weights=usage:40,support:20`) and `healthy_min`/`watch_min` given replacing them.
 */
export function parseBacktestQuery(params: URLSearchParams, base: HealthSettings): ParseResult<HealthSettings> {
  const weights: Record<HealthFactor, number> = { ...base.weights };
  const list = params.get("weights");
  if (list !== null) {
    const parsed = readWeightList(list);
    if (!parsed.ok) return parsed;
    Object.assign(weights, parsed.value);
  }
  for (const f of HEALTH_FACTORS) {
    const v = params.get(f);
    if (v === null) continue;
    const n = readNumber(f, v);
    if (!n.ok) return n;
    weights[f] = n.value;
  }
  const bands: Partial<Pick<HealthSettings, "healthyMin" | "watchMin">> = {};
  for (const [param, key] of [
    ["healthy_min", "healthyMin"],
    ["watch_min", "watchMin"],
  ] as const) {
    const v = params.get(param);
    if (v === null) continue;
    const n = readNumber(param, v);
    if (!n.ok) return n;
    bands[key] = n.value;
  }
  const parsed = healthSettingsSchema.safeParse({ ...base, ...bands, weights });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.join(".");
    const param = path.startsWith("weights.")
      ? path.slice("weights.".length)
      : path === "healthyMin"
        ? "healthy_min"
        : path === "watchMin"
          ? "watch_min"
          : path || "weights";
    return { ok: false, param, message: `${param}: ${issue.message}` };
  }
  return { ok: true, value: parsed.data };
}
