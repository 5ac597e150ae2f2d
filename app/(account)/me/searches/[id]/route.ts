import { NextResponse } from "next/server";
import { withUserRoute } from "@/lib/auth/with-user-route";
import { isUuid } from "@/lib/ids";
import { openSavedSearch } from "@/lib/saved-searches/queries";

// Opening a saved search marks its listings as seen, then shows the search itself.
export const GET = withUserRoute<{ params: Promise<{ id: string }> }>(async (request, user, { params }) => {
  const { id } = await params;
  const query = isUuid(id) ? await openSavedSearch(user.id, id) : null;
  if (query === null) return NextResponse.redirect(new URL("/me/searches", request.url));
  return NextResponse.redirect(new URL(`/listings${query ? `?${query}` : ""}`, request.url));
});
