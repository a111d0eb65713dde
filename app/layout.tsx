import type { Metadata } from "next";
import Link from "next/link";
import { Suspense, type ReactNode } from "react";
import { headers } from "next/headers";
import { SignInScreen } from "@/components/auth/sign-in-screen";
import { UserMenu } from "@/components/auth/user-menu";
import { UserProvider } from "@/components/auth/user-context";
import { MainNav } from "@/components/shell/main-nav";
import { THEME_BOOT_SCRIPT } from "@/components/shell/theme";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { resolveUser } from "@/db/auth/current-user";
import { countUsers } from "@/db/auth/users";
import { Providers } from "./providers";
import "@fontsource-variable/inter";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Keel", template: "%s · Keel" },
  description: "Retention, revenue and customer success metrics from your own CSV exports.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await resolveUser(await headers()).catch(() => null);
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
      </head>
      <body className="min-h-screen">
        <Providers>
          <UserProvider user={user && { email: user.email, name: user.name, role: user.role }}>
            {user && (
              <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/95 backdrop-blur">
                <div className="mx-auto flex max-w-7xl items-center gap-6 px-4 py-2">
                  <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight text-slate-900">
                    <KeelMark />
                    Keel
                  </Link>
                  <Suspense fallback={null}>
                    <MainNav />
                  </Suspense>
                  <div className="ml-auto flex shrink-0 items-center gap-2">
                    <ThemeToggle />
                    <UserMenu />
                  </div>
                </div>
              </header>
            )}
            <main className="mx-auto max-w-7xl px-4 py-6">{user ? children : <SignInScreen nobody={countUsers() === 0} />}</main>
          </UserProvider>
        </Providers>
      </body>
    </html>
  );
}

function KeelMark() {
  return (
    <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" fill="none">
      <path d="M3 14h18l-3 6H6l-3-6Z" fill="#4f46e5" />
      <path d="M12 3v11M12 4l6 8h-6" stroke="#4f46e5" strokeWidth="1.8" strokeLinejoin="round" />
    </svg>
  );
}
