import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, apiFetch } from "./api-fetch";

const answer = (status: number, body: string) =>
  vi.fn(async () => new Response(body, { status, headers: { "content-type": "application/json" } }));

afterEach(() => vi.unstubAllGlobals());

describe("apiFetch", () => {
  it("returns the JSON answer and sends a string body as JSON", async () => {
    const fetch = answer(200, '{"ok":true}');
    vi.stubGlobal("fetch", fetch);
    await expect(apiFetch("/api/targets", { method: "PUT", body: "{}" })).resolves.toEqual({ ok: true });
    const headers = (fetch.mock.calls[0] as unknown as [string, RequestInit])[1].headers as Headers;
    expect(headers.get("content-type")).toBe("application/json");
  });

  it("throws the API's error, code and details", async () => {
    vi.stubGlobal("fetch", answer(400, '{"error":"page must be a number","code":"bad_parameter","param":"page"}'));
    const error = await apiFetch("/api/customers?page=x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, message: "page must be a number", code: "bad_parameter", details: { param: "page" } });
  });

  it("names the status when the answer is not Keel's error shape", async () => {
    vi.stubGlobal("fetch", answer(502, "<html>Bad gateway</html>"));
    await expect(apiFetch("/api/metrics")).rejects.toMatchObject({ status: 502, message: "Request failed (502).", code: null });
  });
});
