/** The demo company's world: segments, plans and prices, CSMs, channels, company names. */
import type { BillingPeriod } from "../domain/types";
import type { Rng } from "./random";

export const SEGMENTS = ["SMB", "Mid-Market", "Enterprise"] as const;
export type Segment = (typeof SEGMENTS)[number];
/** Where a customer sits for simulation; "" is a blank segment (Unassigned in the app). */
export type SegmentCell = Segment | "";

export const PLANS = ["Starter", "Growth", "Scale", "Enterprise"] as const;
export type Plan = (typeof PLANS)[number];
export const ADD_ON_PLAN = "Analytics Add-on";

/** Monthly list-price bands per plan; a price decides its plan. */
const PLAN_FLOOR: Record<Plan, number> = { Starter: 0, Growth: 450, Scale: 1350, Enterprise: 3900 };
export const FEATURES_PER_PLAN: Record<Plan, number> = { Starter: 8, Growth: 14, Scale: 21, Enterprise: 27 };
export const PRICE_PER_SEAT: Record<Plan, number> = { Starter: 22, Growth: 28, Scale: 26, Enterprise: 24 };

export function planForPrice(price: number): Plan {
  if (price >= PLAN_FLOOR.Enterprise) return "Enterprise";
  if (price >= PLAN_FLOOR.Scale) return "Scale";
  if (price >= PLAN_FLOOR.Growth) return "Growth";
  return "Starter";
}

/** Rounds to a price that looks like a price list: 149, 699, 1490, 2990, 7250. */
export function roundPrice(raw: number): number {
  if (raw < 1000) return Math.max(99, Math.round(raw / 50) * 50 - 1);
  if (raw < 5000) return Math.round(raw / 100) * 100 - 10;
  return Math.round(raw / 250) * 250;
}

/** A first monthly list price for a new customer of the segment. */
export function initialPrice(r: Rng, segment: SegmentCell): number {
  const plan: Plan =
    segment === "Enterprise"
      ? r.weighted({ Scale: 25, Enterprise: 75 })
      : segment === "Mid-Market"
        ? r.weighted({ Growth: 35, Scale: 60, Enterprise: 5 })
        : r.weighted({ Starter: 65, Growth: 35 });
  const band: Record<Plan, [number, number]> = {
    Starter: [149, 399],
    Growth: [490, 1190],
    Scale: [1390, 3190],
    Enterprise: [3990, 9000],
  };
  const [lo, hi] = band[plan];
  return roundPrice(Math.exp(r.uniform(Math.log(lo), Math.log(hi))));
}

export function billingFor(r: Rng, segment: SegmentCell): BillingPeriod {
  if (segment === "Enterprise") return r.weighted({ year: 80, quarter: 15, month: 5 });
  if (segment === "Mid-Market") return r.weighted({ year: 45, quarter: 20, month: 35 });
  return r.weighted({ month: 72, year: 20, quarter: 8 });
}

/** Amount per billing period for a monthly list price: annual pays 10 months ("two months free"). */
export function amountFor(price: number, billing: BillingPeriod): number {
  return billing === "year" ? price * 10 : billing === "quarter" ? price * 3 : price;
}

export function mrrOf(amount: number, billing: BillingPeriod): number {
  return billing === "year" ? amount / 12 : billing === "quarter" ? amount / 3 : amount;
}

export const CHANNELS_BY_SEGMENT: Record<Segment, Record<string, number>> = {
  SMB: { inbound: 40, paid: 25, referral: 20, partner: 10, outbound: 5 },
  "Mid-Market": { inbound: 30, outbound: 25, referral: 20, partner: 15, paid: 10 },
  Enterprise: { outbound: 50, referral: 20, partner: 20, inbound: 10 },
};

const DEMO_CSMS: Record<Segment, readonly string[]> = {
  Enterprise: ["Priya Raman", "Marcus Okafor"],
  "Mid-Market": ["Sofia Lindqvist", "Daniel Brooks"],
  SMB: ["Hannah Weber", "Luis Ortega"],
};
const FIRST = [
  "Aisha",
  "Ben",
  "Chloe",
  "Diego",
  "Elena",
  "Farid",
  "Grace",
  "Hiro",
  "Ines",
  "Jonas",
  "Kara",
  "Leo",
  "Maya",
  "Nikolai",
  "Olivia",
  "Pedro",
  "Rosa",
  "Sam",
  "Tara",
  "Viktor",
];
const LAST = [
  "Adeyemi",
  "Bauer",
  "Castillo",
  "Dubois",
  "Eriksen",
  "Fischer",
  "Gupta",
  "Hansen",
  "Ivanova",
  "Jensen",
  "Kowalski",
  "Moreau",
  "Nakamura",
  "Novak",
  "Patel",
  "Quinn",
  "Rossi",
  "Silva",
  "Tanaka",
  "Walsh",
];

/** CSM names per segment: the six demo CSMs, plus more for big data sets (about one per 70 customers). */
export function csmPools(customers: number): Record<Segment, string[]> {
  const pools: Record<Segment, string[]> = {
    SMB: [...DEMO_CSMS.SMB],
    "Mid-Market": [...DEMO_CSMS["Mid-Market"]],
    Enterprise: [...DEMO_CSMS.Enterprise],
  };
  const extra = Math.max(0, Math.round(customers / 70) - 6);
  for (let i = 0; i < extra; i++) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length]}`;
    pools[SEGMENTS[i % 3]].push(name);
  }
  return pools;
}

const STEMS = [
  "Acorn",
  "Alder",
  "Amber",
  "Apex",
  "Arbor",
  "Atlas",
  "Aurora",
  "Beacon",
  "Birch",
  "Blue Harbor",
  "Bolt",
  "Brightline",
  "Cascade",
  "Cedar",
  "Clearwater",
  "Cobalt",
  "Copper",
  "Crest",
  "Delta",
  "Driftwood",
  "Ember",
  "Evergreen",
  "Falcon",
  "Fernway",
  "Fjord",
  "Foxglove",
  "Granite",
  "Greenfield",
  "Halcyon",
  "Harbor",
  "Helix",
  "Highland",
  "Horizon",
  "Ironwood",
  "Juniper",
  "Keystone",
  "Kestrel",
  "Lakeshore",
  "Lantern",
  "Larkspur",
  "Lighthouse",
  "Linden",
  "Lumen",
  "Maple",
  "Meridian",
  "Mosaic",
  "Northwind",
  "Oakridge",
  "Onyx",
  "Orbit",
  "Osprey",
  "Pacific",
  "Pinnacle",
  "Polaris",
  "Prairie",
  "Quarry",
  "Quill",
  "Redwood",
  "Ridgeline",
  "Riverstone",
  "Saffron",
  "Sage",
  "Sequoia",
  "Sierra",
  "Silverline",
  "Solstice",
  "Sparrow",
  "Summit",
  "Sunward",
  "Tidewater",
  "Timber",
  "Trailhead",
  "Tundra",
  "Union Square",
  "Vantage",
  "Verdant",
  "Vista",
  "Wavecrest",
  "Westbrook",
  "Willow",
  "Zephyr",
  "Bramble",
  "Canopy",
  "Dune",
  "Everline",
  "Goldcrest",
  "Hearth",
  "Indigo",
  "Kinfolk",
  "Monarch",
];
const TRADES = [
  "Logistics",
  "Analytics",
  "Health",
  "Dental Group",
  "Legal",
  "Capital",
  "Foods",
  "Freight",
  "Labs",
  "Software",
  "Robotics",
  "Energy",
  "Insurance",
  "Realty",
  "Learning",
  "Media",
  "Manufacturing",
  "Outfitters",
  "Pharma",
  "Travel",
  "Security",
  "Hospitality",
  "Retail",
  "Fintech",
  "Biotech",
  "Construction",
  "Marketing",
  "Consulting",
  "Payments",
  "Mobility",
  "Systems",
  "Networks",
  "Studios",
  "Supply Co.",
  "Clinics",
  "Brewing",
  "Apparel",
  "Telecom",
  "Staffing",
  "Solar",
];
const SUFFIXES = ["", "", "", "", "Inc.", "Ltd", "GmbH", "LLC", "Group", "& Co.", "Partners", "B.V."];

/**
 * A company name. The stem/trade pair is a permutation of the customer index, so the first
 * STEMS x TRADES (3,600) customers never share a base name; the legal suffix is random.
 */
export function companyName(r: Rng, index: number): string {
  const combos = STEMS.length * TRADES.length;
  const k = ((index % combos) * 1301 + 17) % combos;
  const suffix = r.pick(SUFFIXES);
  return [STEMS[k % STEMS.length], TRADES[Math.floor(k / STEMS.length)], suffix].filter(Boolean).join(" ");
}
