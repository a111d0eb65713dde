import { describe, expect, it } from "vitest";
import { deltaTone, formatKpiDelta, formatKpiValue, kpiDelta } from "./kpi-format";

describe("KPI formatting", () => {
  it("formats values by kind, rounding only here", () => {
    expect(formatKpiValue("money", 5_669_608)).toBe("$5.7M");
    expect(formatKpiValue("money", 8619.9235)).toBe("$8,620");
    expect(formatKpiValue("percent", 89.88502942564031)).toBe("89.9%");
    expect(formatKpiValue("score", 28.05)).toBe("28");
    expect(formatKpiValue("ratio", 7.998)).toBe("8.0×");
    expect(formatKpiValue("percent", null)).toBe("—");
  });

  it("money changes are relative, rates are points; null either side is —", () => {
    expect(kpiDelta("money", 120, 100)).toBeCloseTo(20);
    expect(kpiDelta("money", 120, 0)).toBeNull();
    expect(kpiDelta("percent", 89.9, 101.1)).toBeCloseTo(-11.2);
    expect(kpiDelta("percent", null, 101.1)).toBeNull();
    expect(formatKpiDelta("percent", -11.2)).toBe("−11.2 pp");
    expect(formatKpiDelta("money", 20)).toBe("+20.0%");
    expect(formatKpiDelta("score", 8.8)).toBe("+9");
    expect(formatKpiDelta("percent", 0.01)).toBe("±0.0 pp");
    expect(formatKpiDelta("ratio", null)).toBe("—");
  });

  it("colours by polarity: down is good for churn and costs", () => {
    expect(deltaTone("percent", -2, "lower_is_better")).toBe("good");
    expect(deltaTone("percent", 2, "lower_is_better")).toBe("bad");
    expect(deltaTone("money", 5, "higher_is_better")).toBe("good");
    expect(deltaTone("percent", 0.01, "higher_is_better")).toBe("flat");
    expect(deltaTone("percent", null, "higher_is_better")).toBe("none");
  });
});
