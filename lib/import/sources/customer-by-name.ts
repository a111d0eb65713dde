import type { SourceContext } from "./source-format";

/** The one stored customer a help desk names by its company or organization, or why there is none. */
export function customerByName(
  name: string,
  context: SourceContext,
  column: string,
): { ok: true; id: string | null } | { ok: false; message: string } {
  if (name === "") return { ok: true, id: null };
  const ids = context.customerIdsByName(name);
  if (ids.length === 1) return { ok: true, id: ids[0] };
  if (ids.length === 0)
    return {
      ok: false,
      message: `${column}: no customer is named '${name}'; tickets are matched to customers by name, so import your customers (or companies) first, or fix the ${column.toLowerCase()}'s name`,
    };
  return {
    ok: false,
    message: `${column}: ${ids.length} customers are named '${name}' (${ids.slice(0, 5).join(", ")}); give them distinct names so the ticket names one customer`,
  };
}
