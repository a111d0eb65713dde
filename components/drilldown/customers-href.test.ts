import { describe, expect, it } from "vitest";
import { backLink, customersHref, withBack } from "./customers-href";

describe("customersHref", () => {
  it("keeps the filters and adds the drill params", () => {
    expect(customersHref("from=2025-11&to=2026-10&segment=SMB", { movement: "churn" })).toBe(
      "/customers?from=2025-11&to=2026-10&segment=SMB&movement=churn",
    );
  });

  it("puts a drilled month beside the period, never in its place", () => {
    expect(customersHref("from=2025-11&to=2026-10", { movement: "new", month: "2026-03" })).toBe(
      "/customers?from=2025-11&to=2026-10&movement=new&month=2026-03",
    );
  });

  it("encodes values and works without filters", () => {
    expect(customersHref("", { segment: "Mid-Market & Co" })).toBe("/customers?segment=Mid-Market+%26+Co");
    expect(customersHref("", {})).toBe("/customers");
  });
});

describe("withBack and backLink", () => {
  it("carries the dashboard's exact view and reads it back", () => {
    const base = withBack("from=2025-11&to=2026-10&segment=SMB", "/cs");
    const href = customersHref(base, { segment: "Enterprise", status: "active" });
    const back = new URL(href, "http://x").searchParams.get("back");
    expect(backLink(back)).toEqual({ href: "/cs?from=2025-11&to=2026-10&segment=SMB", label: "Back to Customer Success" });
    expect(backLink(new URLSearchParams(withBack("", "/")).get("back"))).toEqual({ href: "/", label: "Back to Executive" });
  });

  it("refuses anything but a Keel dashboard", () => {
    for (const bad of [null, "", "https://evil.test/", "//evil.test/cs", "/customers?from=2025-01", "/\\evil.test", "cs"]) {
      expect(backLink(bad), String(bad)).toBeNull();
    }
    expect(backLink("/?from=2025-01&to=2025-12&next=https://evil.test")).toEqual({
      href: "/?from=2025-01&to=2025-12",
      label: "Back to Executive",
    });
  });
});
