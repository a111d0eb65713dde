import { describe, expect, it } from "vitest";
import { canPerform, isRole, leavesAnAdmin } from "./roles";

describe("canPerform", () => {
  it("lets admins do everything", () => {
    for (const action of ["read", "export", "import", "undo", "settings", "users", "tokens"] as const)
      expect(canPerform("admin", action)).toBe(true);
  });
  it("lets viewers read and export only", () => {
    expect(canPerform("viewer", "read")).toBe(true);
    expect(canPerform("viewer", "export")).toBe(true);
    for (const action of ["import", "undo", "settings", "users", "tokens"] as const) expect(canPerform("viewer", action)).toBe(false);
  });
  it("gives unknown roles nothing", () => {
    for (const role of ["Admin", "", null, undefined, "root"]) expect(canPerform(role, "read")).toBe(false);
  });
});

describe("isRole and leavesAnAdmin", () => {
  it("knows the two roles", () => {
    expect(isRole("admin")).toBe(true);
    expect(isRole("viewer")).toBe(true);
    expect(isRole("owner")).toBe(false);
  });
  it("never removes the last admin", () => {
    expect(leavesAnAdmin(1, true)).toBe(false);
    expect(leavesAnAdmin(2, true)).toBe(true);
    expect(leavesAnAdmin(1, false)).toBe(true);
  });
});
