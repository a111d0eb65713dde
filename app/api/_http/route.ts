/**
 * The one way every handler under app/api is written (after umami's parseRequest):
 *
 *   export const GET = route({ auth: "user", query: metricsQuerySchema }, async ({ query, user }) => jsonOk(...));
 *   export const DELETE = route({ auth: "admin", action: "undo" }, async ({ params }) => { ... });
 *
 * - auth: "public" (anyone), "user" (session or token), "admin" (a user allowed `action`, default "settings").
 * - query: a zod schema over the URL's search params (first value of each, as strings); body: one over a JSON body.
 *   A value that fails answers 400 `bad_parameter` naming it.
 * - Answer with jsonOk / jsonError, or throw HttpError (badParameter, notFound, ...). A storage failure thrown
 *   anywhere answers 507 `storage_full`; any other exception a JSON 500 `internal` whose error_id the log prints
 *   with the stack.
 */
import type { NextRequest } from "next/server";
import type { z } from "zod";
import type { CurrentUser } from "@/db/auth/current-user";
import { queryObject } from "@/lib/api/query-object";
import { isAllowedHost } from "@/lib/auth/allowed-hosts";
import type { Action } from "@/lib/auth/roles";
import { errorResponse } from "./errors";
import { requireAdmin, requireUser } from "./guard";
import { badParameter, HttpError, unknownHost } from "./respond";

type Auth = "public" | "user" | "admin";

export interface RouteOptions<Q extends z.ZodType | undefined, B extends z.ZodType | undefined, A extends Auth> {
  auth: A;
  action?: Action;
  query?: Q;
  body?: B;
  /** For GET /api/openapi.json. */
  summary?: string;
}

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteContext<Q, B, A extends Auth> {
  request: NextRequest;
  user: A extends "public" ? CurrentUser | null : CurrentUser;
  query: Parsed<Q>;
  body: Parsed<B>;
  /** The dynamic segments of the path, e.g. `{ id }` for app/api/users/[id]. */
  params: Record<string, string>;
}

export type RouteHandler = ((request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>) & {
  options: RouteOptions<z.ZodType | undefined, z.ZodType | undefined, Auth>;
};

const MAX_JSON_BYTES = 1024 * 1024;

export function route<Q extends z.ZodType | undefined = undefined, B extends z.ZodType | undefined = undefined, A extends Auth = Auth>(
  options: RouteOptions<Q, B, A>,
  handler: (context: RouteContext<Q, B, A>) => Response | Promise<Response>,
): RouteHandler {
  const wrapped = async (request: NextRequest, context: { params: Promise<Record<string, string>> }): Promise<Response> => {
    try {
      // proxy.ts checks the Host too, but it leaves streamed uploads alone.
      if (!isAllowedHost(request.headers.get("host"))) throw unknownHost(request.headers.get("host"));
      const user =
        options.auth === "public"
          ? null
          : options.auth === "admin"
            ? await requireAdmin(request, options.action)
            : await requireUser(request);
      const query = options.query ? parseWith(options.query, queryObject(request.nextUrl.searchParams), "query") : undefined;
      const body = options.body ? parseWith(options.body, await readJson(request), "body") : undefined;
      const params = (await context?.params) ?? {};
      return await handler({ request, user, query, body, params } as RouteContext<Q, B, A>);
    } catch (error) {
      return errorResponse(error, request);
    }
  };
  return Object.assign(wrapped, { options: options as RouteHandler["options"] });
}

/** Zod's first issue as a 400 that names the parameter. */
function parseWith<S extends z.ZodType>(schema: S, value: unknown, where: "query" | "body"): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const param = issue?.path.map(String).join(".") || where;
  const message = issue?.message ?? `invalid ${param}`;
  throw badParameter(param, message.startsWith(param) ? message : `${param}: ${message}`);
}

async function readJson(request: Request): Promise<unknown> {
  const length = Number(request.headers.get("content-length") ?? NaN);
  if (length > MAX_JSON_BYTES) throw new HttpError(413, "The JSON body is larger than 1 MB.");
  const text = await request.text();
  if (text.length > MAX_JSON_BYTES) throw new HttpError(413, "The JSON body is larger than 1 MB.");
  try {
    return JSON.parse(text);
  } catch {
    throw badParameter("body", "The body must be JSON (Content-Type: application/json).");
  }
}
