import { expect, test } from "./fixtures";

test("a period longer than 120 months or outside 1900-2100 answers 400 naming the parameter, on every period route", async ({
  request,
}) => {
  for (const path of ["/api/metrics", "/api/dashboards/executive", "/api/dashboards/cs", "/api/customers"]) {
    const started = Date.now();
    const huge = await request.get(`${path}?from=0001-01&to=9998-12`);
    expect(huge.status(), path).toBe(400);
    expect(await huge.json(), path).toMatchObject({ code: "bad_parameter", param: "from" });
    expect(Date.now() - started, path).toBeLessThan(2000);
    const far = await request.get(`${path}?to=9999-12`);
    expect(far.status(), path).toBe(400);
    expect(await far.json(), path).toMatchObject({
      code: "bad_parameter",
      param: "to",
      error: "to must be a month between 1900-01 and 2100-12",
    });
    const long = await request.get(`${path}?from=2015-01&to=2025-01`);
    expect(await long.json(), path).toMatchObject({ code: "bad_parameter", param: "from" });
    expect(long.headers()["cache-control"], path).toBe("no-store");
  }
  const tenYears = await request.get("/api/metrics?from=2016-01&to=2025-12");
  expect(tenYears.status()).toBe(200);
  expect((await tenYears.json()).months).toHaveLength(120);
  const fromOnly = await request.get("/api/metrics?from=1900-01");
  expect(fromOnly.status()).toBe(200);
  expect((await fromOnly.json()).period).toEqual({ from: "1900-01", to: "1909-12" });
});

test("lists are paged with a capped page size", async ({ request }) => {
  for (const path of ["/api/imports", "/api/users", "/api/tokens", "/api/customers"]) {
    const big = await request.get(`${path}?page_size=100000`);
    expect(big.status(), path).toBe(400);
    expect(await big.json(), path).toMatchObject({ code: "bad_parameter", param: "page_size" });
  }
  for (const [path, key] of [
    ["/api/imports", "imports"],
    ["/api/users", "users"],
    ["/api/tokens", "tokens"],
  ] as const) {
    const page = await request.get(`${path}?page=1&page_size=1`);
    expect(page.status(), path).toBe(200);
    const body = await page.json();
    expect(body[key].length, path).toBeLessThanOrEqual(1);
    expect(body, path).toMatchObject({ page: 1, page_size: 1, total: expect.any(Number) });
  }
});
