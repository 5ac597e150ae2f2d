import { withUserRoute } from "@/lib/auth/with-user-route";
import { loadListingFit } from "@/lib/career/fit/load";
import { isSameOriginRequest } from "@/lib/security/same-origin";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ listingId: string }> };

const answer = withUserRoute<Params>(async (_request, user, { params }) => {
  const fit = await loadListingFit(user.id, (await params).listingId);
  if (!fit) return Response.json({ error: "この求人は見つかりませんでした。" }, { status: 404, headers: { "Cache-Control": "private, no-store" } });
  return Response.json(fit, { headers: { "Cache-Control": "private, no-store" } });
});

/**
 * The signed-in user's fit with one listing, fetched by the listing page in the browser so the
 * page itself stays the same for everyone (and cacheable). Other sites get 403.
 */
export async function GET(request: Request, context: Params) {
  if (!isSameOriginRequest(request.headers, request.url)) return new Response("Forbidden", { status: 403 });
  return answer(request, context);
}
