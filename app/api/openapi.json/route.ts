import { API_ROUTES } from "@/app/api/_http/api-routes";
import { openApiDocument } from "@/app/api/_http/openapi";
import { jsonOk } from "@/app/api/_http/respond";
import { route, type RouteHandler } from "@/app/api/_http/route";

export const dynamic = "force-dynamic";

export const GET: RouteHandler = route({ auth: "user", summary: "This document: OpenAPI 3.1 of every route" }, () =>
  jsonOk(openApiDocument([...API_ROUTES, { path: "/api/openapi.json", handlers: { GET } }])),
);
