import { expect, test } from "./fixtures";

test("GET /api/openapi.json serves the OpenAPI 3.1 document of every route", async ({ request }) => {
  const res = await request.get("/api/openapi.json");
  expect(res.status()).toBe(200);
  const doc = await res.json();
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining(["/api/metrics", "/api/imports", "/api/customers/{id}", "/api/openapi.json"]),
  );
  expect(doc.paths["/api/metrics"].get.parameters.map((p: { name: string }) => p.name)).toEqual(["from", "to", "segment", "csm", "plan"]);
});
