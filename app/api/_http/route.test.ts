import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { z } from "zod";

vi.mock("server-only", () => ({}));
const { route } = await import("./route");
const { badParameter, jsonOk } = await import("./respond");

const call = (handler: ReturnType<typeof route>, url = "http://127.0.0.1/api/x", init: RequestInit = {}) =>
  handler(new NextRequest(url, init as ConstructorParameters<typeof NextRequest>[1]), { params: Promise.resolve({ id: "7" }) });

afterEach(() => vi.restoreAllMocks());

describe("route", () => {
  it("hands the handler the parsed query, body and params", async () => {
    const handler = route(
      { auth: "public", query: z.object({ n: z.string().transform(Number) }), body: z.object({ name: z.string() }) },
      ({ query, body, params }) => jsonOk({ n: query.n, name: body.name, id: params.id }),
    );
    const res = await call(handler, "http://127.0.0.1/api/x?n=3&n=4", { method: "POST", body: JSON.stringify({ name: "a" }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ n: 3, name: "a", id: "7" });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 400 bad_parameter naming the parameter", async () => {
    const handler = route(
      { auth: "public", query: z.object({ page: z.string().regex(/^\d+$/, { message: "page must be a number" }) }) },
      () => jsonOk({}),
    );
    const res = await call(handler, "http://127.0.0.1/api/x?page=x");
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: "page must be a number", code: "bad_parameter", param: "page" });
  });

  it("names the body when it is not JSON, and a body field zod refused", async () => {
    const handler = route({ auth: "public", body: z.object({ role: z.enum(["admin", "viewer"]) }) }, () => jsonOk({}));
    const notJson = await call(handler, undefined, { method: "POST", body: "{" });
    expect(await notJson.json()).toMatchObject({ code: "bad_parameter", param: "body" });
    const bad = await call(handler, undefined, { method: "POST", body: JSON.stringify({ role: "root" }) });
    const answer = await bad.json();
    expect(answer).toMatchObject({ code: "bad_parameter", param: "role" });
    expect(answer.error).toMatch(/^role: /);
  });

  it("answers a thrown HttpError as itself", async () => {
    const res = await call(
      route({ auth: "public" }, () => {
        throw badParameter("from", "from is wrong");
      }),
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: "from is wrong", code: "bad_parameter", param: "from" });
  });

  it("turns any exception into a JSON 500 whose error_id the log prints with the stack", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await call(
      route({ auth: "public" }, () => {
        throw new TypeError("boom");
      }),
    );
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body).toMatchObject({ code: "internal", error_id: expect.stringMatching(/^[0-9a-f]{12}$/) });
    expect(body.error).toContain(body.error_id);
    expect(JSON.stringify(body)).not.toContain("boom");
    const logged = log.mock.calls
      .flat()
      .map((part) => (part instanceof Error ? part.stack : String(part)))
      .join("\n");
    expect(logged).toContain(body.error_id);
    expect(logged).toContain("TypeError: boom");
  });

  it("answers a storage failure 507 storage_full with what to do", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const full = Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
    const wrapped = new Error("Failed query", { cause: full });
    const res = await call(
      route({ auth: "public" }, () => {
        throw wrapped;
      }),
    );
    expect(res.status).toBe(507);
    const body = await res.json();
    expect(body.code).toBe("storage_full");
    expect(body.error).toMatch(/disk .* is full/);
    const readOnly = Object.assign(new Error("attempt to write a readonly database"), { code: "SQLITE_READONLY" });
    const res2 = await call(
      route({ auth: "public" }, () => {
        throw readOnly;
      }),
    );
    expect(res2.status).toBe(507);
    expect((await res2.json()).error).toMatch(/read-only/);
  });

  it("refuses a signed-out caller of a user route with 401 unauthorized", async () => {
    const res = await call(route({ auth: "user" }, () => jsonOk({})));
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: "unauthorized" });
  });
});
