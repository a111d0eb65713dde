import { expect, test } from "./fixtures";
import { IMPORT_URL } from "../playwright.config";

const file = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text) });

test("targets and annotations import through the API and GET /api/metrics lists those in the period and segment", async ({ request }) => {
  const targets = await request.post(`${IMPORT_URL}/api/imports`, {
    multipart: {
      kind: "targets",
      file: file("plan.csv", "month,metric,segment,value\n2030-02,mrr,,9000\n2030-02,MRR,SMB,4000\n2030-05,nrr,,105\n"),
    },
  });
  expect(targets.status()).toBe(200);
  expect(await targets.json()).toMatchObject({ kind: "targets", inserted: 3 });
  const notes = await request.post(`${IMPORT_URL}/api/imports`, {
    multipart: {
      kind: "annotations",
      file: file("notes.csv", "date,label,segment\n2030-03-31,Price change,\n2030-01-01,SSO launched,Enterprise\n"),
    },
  });
  expect(notes.status()).toBe(200);

  const bad = await request.post(`${IMPORT_URL}/api/imports`, {
    multipart: { kind: "targets", file: file("plan.csv", "month,metric,value\n2030-02,growth,5\n") },
  });
  expect(bad.status()).toBe(422);
  expect((await bad.json()).errors[0]).toMatchObject({
    row: 2,
    column: "metric",
    message: expect.stringMatching(/use a field name of the API's summary: mrr, arr,/),
  });

  const all = await (await request.get(`${IMPORT_URL}/api/metrics?from=2030-01&to=2030-03`)).json();
  expect(all.targets).toEqual([
    { month: "2030-02", metric: "mrr", segment: null, value: 9000 },
    { month: "2030-02", metric: "mrr", segment: "SMB", value: 4000 },
  ]);
  expect(all.annotations).toEqual([
    { date: "2030-01-01", label: "SSO launched", segment: "Enterprise" },
    { date: "2030-03-31", label: "Price change", segment: null },
  ]);
  const smb = await (await request.get(`${IMPORT_URL}/api/metrics?from=2030-01&to=2030-06&segment=SMB&csm=Ana`)).json();
  expect(smb.targets).toEqual([{ month: "2030-02", metric: "mrr", segment: "SMB", value: 4000 }]);
  expect(smb.annotations).toEqual([{ date: "2030-03-31", label: "Price change", segment: null }]);
});
