import { getDb } from "@/db";
import { getCsComments } from "@/db/queries/cs";
import { csCommentsQuerySchema } from "@/lib/api/cs-comments-query";
import { jsonOk, noDataYet } from "@/app/api/_http/respond";
import { route } from "@/app/api/_http/route";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    auth: "user",
    query: csCommentsQuerySchema,
    summary:
      "The CS dashboard's verbatim comments for a period and filters, newest first: q searches the comment and the customer's name; offset and limit (at most 200) page them",
  },
  ({ query }) => {
    const body = getCsComments(getDb(), query);
    if (!body) throw noDataYet();
    return jsonOk(body);
  },
);
