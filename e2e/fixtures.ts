import { test as base, expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { DEMO_URL, E2E_ADMIN, EMPTY_URL, IMPORT_URL } from "../playwright.config";

type StorageState = Awaited<ReturnType<APIRequestContext["storageState"]>>;

/** The servers this run talks to; with E2E_BASE_URL only that one. */
export const SERVER_URLS = process.env.E2E_BASE_URL ? [DEMO_URL] : [DEMO_URL, EMPTY_URL, IMPORT_URL];

/** Signs in through POST /api/auth/login on each server; each sets its cookie for its own host. */
export async function signInEverywhere(email = E2E_ADMIN.email, password = E2E_ADMIN.password): Promise<StorageState> {
  const context = await playwrightRequest.newContext();
  try {
    for (const url of SERVER_URLS) {
      const res = await context.post(`${url}/api/auth/login`, { data: { email, password } });
      if (!res.ok()) throw new Error(`Sign-in to ${url} failed: ${res.status()} ${await res.text()}`);
    }
    return await context.storageState();
  } finally {
    await context.dispose();
  }
}

const WRITES = new Set(["post", "put", "patch", "delete", "fetch"]);

/** Browsers send Origin with every write; API contexts do not, so add the target's origin (Keel's CSRF check). */
export function withOrigin(context: APIRequestContext, baseURL: string): APIRequestContext {
  return new Proxy(context, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof prop !== "string" || !WRITES.has(prop) || typeof value !== "function") return value;
      return (url: string, options: { headers?: Record<string, string>; method?: string } = {}) => {
        const origin = new URL(typeof url === "string" ? url : baseURL, baseURL).origin;
        return value.call(target, url, { ...options, headers: { origin, ...options.headers } });
      };
    },
  });
}

export const test = base.extend<{ request: APIRequestContext }, { adminState: StorageState }>({
  adminState: [async ({}, use) => use(await signInEverywhere()), { scope: "worker" }],
  storageState: async ({ adminState }, use) => use(adminState),
  request: async ({ adminState, baseURL }, use) => {
    const context = await playwrightRequest.newContext({ baseURL, storageState: adminState });
    await use(withOrigin(context, baseURL ?? DEMO_URL));
    await context.dispose();
  },
});

export { expect };
export type { APIRequestContext, Download, Page } from "@playwright/test";
