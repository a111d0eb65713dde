import fs from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { GET } = await import("@/app/api/openapi.json/route");
const { API_ROUTES } = await import("./api-routes");
const { openApiDocument } = await import("./openapi");

const doc = openApiDocument([...API_ROUTES, { path: "/api/openapi.json", handlers: { GET } }]);

/** Every app/api/**\/route.ts as its URL template and the handlers it exports. */
function routeFiles(dir = path.join(process.cwd(), "app/api")): { url: string; methods: string[] }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : routeFiles(full);
    if (entry.name !== "route.ts") return [];
    const rel = path.relative(path.join(process.cwd(), "app"), dir).split(path.sep);
    const url = "/" + rel.map((part) => part.replace(/^\[(\w+)\]$/, "{$1}")).join("/");
    const methods = [...fs.readFileSync(full, "utf8").matchAll(/export (?:(?:async )?function|const) (GET|POST|PUT|PATCH|DELETE)\b/g)].map(
      (m) => m[1],
    );
    return [{ url, methods }];
  });
}

describe("GET /api/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc) as unknown as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("lists every route file under app/api with each handler it exports", () => {
    const files = routeFiles();
    expect(files.length).toBeGreaterThan(15);
    for (const { url, methods } of files) {
      expect(Object.keys(doc.paths), url).toContain(url);
      for (const method of methods) expect(doc.paths[url], `${method} ${url}`).toHaveProperty(method.toLowerCase());
    }
  });

  it("describes the parameters and bodies from the schemas the routes validate with", () => {
    const metrics = doc.paths["/api/metrics"].get as { parameters: { name: string; in: string }[] };
    expect(metrics.parameters.map((p) => p.name)).toEqual(["from", "to", "segment", "csm", "plan"]);
    const customers = doc.paths["/api/customers"].get as { parameters: { name: string }[] };
    expect(customers.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(["from", "movement", "health", "page", "page_size"]));
    const addUser = doc.paths["/api/users"].post as {
      requestBody: { content: { "application/json": { schema: { properties: object; required: string[] } } } };
    };
    const schema = addUser.requestBody.content["application/json"].schema;
    expect(Object.keys(schema.properties)).toEqual(["email", "name", "role", "password"]);
    expect(schema.required).toEqual(["email", "name", "role"]);
    expect(doc.paths["/api/users/{id}"].patch).toMatchObject({ parameters: [{ name: "id", in: "path", required: true }] });
    expect(doc.paths["/api/auth/login"].post).toMatchObject({ security: [] });
  });
});
