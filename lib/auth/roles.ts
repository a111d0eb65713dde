/** Who may do what. A Bearer token acts with its creator's role. */
export const ROLES = ["admin", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export type Action = "read" | "export" | "import" | "undo" | "settings" | "users" | "tokens";

const VIEWER_ACTIONS: ReadonlySet<Action> = new Set(["read", "export"]);

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Unknown roles get nothing, so a typo in the database never grants admin. */
export function canPerform(role: unknown, action: Action): boolean {
  if (role === "admin") return true;
  if (role === "viewer") return VIEWER_ACTIONS.has(action);
  return false;
}

/** Removing or demoting `target` must leave at least one admin. */
export function leavesAnAdmin(adminCount: number, targetIsAdmin: boolean): boolean {
  return !targetIsAdmin || adminCount > 1;
}
