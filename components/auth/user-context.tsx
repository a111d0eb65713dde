"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Role } from "@/lib/auth/roles";

export interface SignedInUser {
  email: string;
  name: string;
  role: Role;
}

const UserContext = createContext<SignedInUser | null>(null);

export function UserProvider({ user, children }: { user: SignedInUser | null; children: ReactNode }) {
  return <UserContext.Provider value={user}>{children}</UserContext.Provider>;
}

export function useCurrentUser(): SignedInUser | null {
  return useContext(UserContext);
}

export function useIsAdmin(): boolean {
  return useCurrentUser()?.role === "admin";
}
