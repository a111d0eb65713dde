import { z } from "zod";
import { countApiTokens, createApiToken, listApiTokens } from "@/db/auth/tokens";
import { pageQuerySchema } from "@/app/api/_http/paging";
import { jsonOk } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const newToken = z.object({
  name: z.string({ message: "name: give the token a name" }).trim().min(1, { message: "name: give the token a name" }).max(100),
});

export const GET = route(
  { auth: "admin", action: "tokens", query: pageQuerySchema, summary: "API tokens, newest first, paged" },
  ({ query }) => jsonOk({ tokens: listApiTokens(query), page: query.page, page_size: query.pageSize, total: countApiTokens() }),
);

/** The token itself is in this answer only; Keel keeps its SHA-256. */
export const POST = route(
  { auth: "admin", action: "tokens", body: newToken, summary: "Create an API token (answered once)" },
  ({ user, body }) => {
    const { id, token } = createApiToken(user.id, body.name);
    return jsonOk({ id, name: body.name, token }, 201);
  },
);
