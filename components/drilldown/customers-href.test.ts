import { describe, expect, it } from "vitest";
import { customersHref } from "./customers-href";

describe("customersHref", () => {
  it("keeps the filters and adds the drill params", () => {
    expect(customersHref("from=2025-11&to=2026-10&segment=SMB", { movement: "churn" })).toBe(
      "/customers?from=2025-11&to=2026-10&segment=SMB&movement=churn",
    );
  });

  it("lets a drill param replace the period for one month", () => {
    expect(customersHref("from=2025-11&to=2026-10", { movement: "new", from: "2026-03", to: "2026-03" })).toBe(
      "/customers?from=2026-03&to=2026-03&movement=new",
    );
  });

  it("encodes values and works without filters", () => {
    expect(customersHref("", { segment: "Mid-Market & Co" })).toBe("/customers?segment=Mid-Market+%26+Co");
    expect(customersHref("", {})).toBe("/customers");
  });
});
