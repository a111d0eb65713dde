import { getCsComments } from "@/db/queries/cs";
import { csCommentsQuerySchema } from "@/lib/api/cs-comments-query";
import { viewRoute } from "@/app/api/metrics-route";

export const dynamic = "force-dynamic";

export const GET = viewRoute(
  csCommentsQuerySchema,
  getCsComments,
  "The CS dashboard's verbatim comments for a period and filters, newest first: q searches the comment and the customer's name; offset and limit (at most 200) page them",
);
