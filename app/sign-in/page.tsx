import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { safeNextPath } from "@/lib/auth/origin";
import { resolveUser } from "@/db/auth/current-user";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

/** Signed out, the root layout shows the sign-in screen in place of any page; signed in, go where `next` says. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const raw = (await searchParams).next;
  if (await resolveUser(await headers()).catch(() => null)) redirect(safeNextPath(Array.isArray(raw) ? raw[0] : raw));
  return null;
}
