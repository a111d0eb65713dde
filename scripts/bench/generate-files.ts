import fs from "node:fs";
import path from "node:path";
import { once } from "node:events";

async function writeLines(file: string, header: string, count: number, line: (i: number) => string): Promise<void> {
  const out = fs.createWriteStream(file);
  let chunk = `${header}\n`;
  for (let i = 0; i < count; i += 1) {
    chunk += `${line(i)}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const SEGMENTS = ["Enterprise", "Mid-Market", "SMB", ""];
const PLANS = ["Starter", "Pro", "Business"];

export async function generateBenchFiles(
  dir: string,
  rows: number,
  customers: number,
  order: "sequential" | "scattered" = "sequential",
): Promise<{ customers: string; subscriptions: string }> {
  // 7919 is prime, so i * 7919 mod rows visits every id once when rows is not a multiple of it.
  const id = (i: number) => (order === "scattered" ? (i * 7919) % rows : i);
  const files = { customers: path.join(dir, "customers.csv"), subscriptions: path.join(dir, "subscriptions.csv") };
  await writeLines(files.customers, "customer_id,name,segment,plan,csm,acquisition_channel,signup_date", customers, (i) =>
    [
      `C-${pad(i, 7)}`,
      `Customer ${i}`,
      SEGMENTS[i % 4],
      PLANS[i % 3],
      `CSM ${i % 17}`,
      "outbound",
      `20${20 + (i % 5)}-${pad((i % 12) + 1, 2)}-${pad((i % 28) + 1, 2)}`,
    ].join(","),
  );
  await writeLines(files.subscriptions, "subscription_id,customer_id,plan,amount,billing_period,start_date,end_date", rows, (i) => {
    const month = (i % 12) + 1;
    const end = i % 4 === 0 ? `2026-${pad(month, 2)}-01` : "";
    return [
      `S-${pad(id(i), 8)}`,
      `C-${pad(i % customers, 7)}`,
      PLANS[i % 3],
      ((i % 900) + 49.5).toFixed(2),
      i % 5 === 0 ? "year" : "month",
      `2024-${pad(month, 2)}-15`,
      end,
    ].join(",");
  });
  return files;
}
