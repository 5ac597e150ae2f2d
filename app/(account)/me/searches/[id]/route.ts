import { withUserRoute } from "@/lib/auth/with-user-route";
import { isUuid } from "@/lib/ids";
import { openSavedSearch } from "@/lib/saved-searches/queries";
import { redirectTo } from "@/lib/site/redirect";

// Opening a saved search marks its listings as seen, then shows the search itself.
export const GET = withUserRoute<{ params: Promise<{ id: string }> }>(async (_request, user, { params }) => {
  const { id } = await params;
  const query = isUuid(id) ? await openSavedSearch(user.id, id) : null;
  if (query === null) return redirectTo("/me/searches", 307);
  return redirectTo(`/listings${query ? `?${query}` : ""}`, 307);
});
