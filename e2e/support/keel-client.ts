import { E2E_ADMIN } from "../../playwright.config";

/** A signed-in API client of a server a spec started itself (cookie from POST /api/auth/login). */
export async function signedIn(
  baseUrl: string,
): Promise<{ get: (path: string) => Promise<Response>; send: (path: string, init: RequestInit) => Promise<Response> }> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: E2E_ADMIN.email, password: E2E_ADMIN.password }),
  });
  if (!res.ok) throw new Error(`Sign-in to ${baseUrl} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const headers = { cookie, origin: baseUrl };
  return {
    get: (path) => fetch(`${baseUrl}${path}`, { headers }),
    send: (path, init) => fetch(`${baseUrl}${path}`, { ...init, headers: { ...headers, ...(init.headers as Record<string, string>) } }),
  };
}

export function customersCsv(count: number, prefix = "c"): string {
  const lines = ["customer_id,name,segment,plan,csm,acquisition_channel,signup_date"];
  for (let i = 0; i < count; i++)
    lines.push(
      `${prefix}${i},Customer ${prefix}${i} with a fairly long name,SMB,Pro,Ana,organic,2024-01-${String((i % 28) + 1).padStart(2, "0")}`,
    );
  return lines.join("\n") + "\n";
}

export function importForm(kind: string, csv: string, fileName = `${kind}.csv`): FormData {
  const form = new FormData();
  form.set("kind", kind);
  form.set("file", new Blob([csv], { type: "text/csv" }), fileName);
  return form;
}
