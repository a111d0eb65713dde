import { z } from "zod";
import { ERROR_CODES } from "@/lib/api/error-codes";
import type { RouteHandler } from "./route";

/** One route file: its URL (`{id}` for a `[id]` folder) and its exports (GET, POST, ... made with route()). */
export interface ApiRouteModule {
  path: string;
  handlers: Record<string, unknown>;
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[] };

/** The schema a client sends (the input side of transforms), without the draft marker OpenAPI does not want. */
function inputSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _drop, ...json } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return json;
}

function queryParameters(schema: z.ZodType) {
  const json = inputSchema(schema);
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: required.has(name),
    schema: property,
  }));
}

function pathParameters(path: string) {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } }));
}

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

function operation(method: string, path: string, handler: RouteHandler) {
  const { auth, query, body, summary } = handler.options;
  const responses: Record<string, unknown> = { "200": { description: "OK", content: { "application/json": { schema: {} } } } };
  if (query || body || path.includes("{")) responses["400"] = errorResponse("A parameter is wrong; `param` names it");
  if (auth !== "public") responses["401"] = errorResponse("Not signed in");
  if (auth === "admin") responses["403"] = errorResponse("Only admins can do this");
  responses["507"] = errorResponse("The disk is full or the database read-only");
  responses.default = errorResponse("Any other error, in the same shape (a 500 carries an error_id)");
  return {
    operationId: `${method.toLowerCase()}${path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ""))}`,
    summary: summary ?? `${method} ${path}`,
    ...(auth === "public" ? { security: [] } : {}),
    parameters: [...pathParameters(path), ...(query ? queryParameters(query) : [])],
    ...(body ? { requestBody: { required: true, content: { "application/json": { schema: inputSchema(body) } } } } : {}),
    responses,
  };
}

/** OpenAPI 3.1 from the same zod schemas route() validates with. */
export function openApiDocument(routes: ApiRouteModule[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { path, handlers } of routes) {
    for (const method of METHODS) {
      const handler = handlers[method] as RouteHandler | undefined;
      if (typeof handler !== "function" || !handler.options) continue;
      (paths[path] ??= {})[method.toLowerCase()] = operation(method, path, handler);
    }
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Keel API",
      version: "1",
      description: "Retention, revenue, lifecycle, survey, support and health metrics. Field names are snake_case; see API.md.",
    },
    servers: [{ url: "/" }],
    security: [{ bearer: [] }, { session: [] }],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API token from Settings > API tokens" },
        session: {
          type: "apiKey",
          in: "cookie",
          name: "keel.session_token",
          description: "The cookie POST /api/auth/login sets (`__Secure-keel.session_token` behind https)",
        },
      },
      schemas: {
        Error: {
          type: "object",
          required: ["error", "code"],
          properties: {
            error: { type: "string", description: "What is wrong, in words a person can act on" },
            code: { type: "string", enum: [...ERROR_CODES] },
            param: { type: "string", description: "The parameter a bad_parameter error is about" },
            error_id: { type: "string", description: "An internal error's id, also in the server log" },
            errors: { type: "array", items: { type: "object" }, description: "invalid_rows: the rows and columns at fault" },
            error_count: { type: "integer" },
          },
        },
      },
    },
  };
}
