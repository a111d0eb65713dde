import { freshdeskTickets } from "./freshdesk-tickets";
import { hubspotCompanies } from "./hubspot-companies";
import { salesforceAccounts } from "./salesforce-accounts";
import { matchesRequired, type SourcePreset } from "./source-format";
import { stripeCustomers } from "./stripe-customers";
import { stripeSubscriptions } from "./stripe-subscriptions";
import { zendeskTickets } from "./zendesk-tickets";

/** Most specific first: the first whose required columns are all in the header is the one recognised. */
export const SOURCE_PRESETS: readonly SourcePreset[] = [
  stripeSubscriptions,
  stripeCustomers,
  zendeskTickets,
  freshdeskTickets,
  hubspotCompanies,
  salesforceAccounts,
];

export const PRESET_IDS = SOURCE_PRESETS.map((p) => p.id);

export function findPreset(id: string): SourcePreset | null {
  const wanted = id.trim().toLowerCase();
  return SOURCE_PRESETS.find((p) => p.id === wanted) ?? null;
}

export function recognisePreset(header: readonly string[]): SourcePreset | null {
  return SOURCE_PRESETS.find((p) => matchesRequired(p, header)) ?? null;
}

export const unknownPresetMessage = (id: string) =>
  `Unknown preset '${id}'; preset must be one of ${PRESET_IDS.join(", ")} (or leave it out to use Keel's own columns).`;
