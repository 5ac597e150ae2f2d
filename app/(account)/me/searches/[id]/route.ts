import { NextResponse } from "next/server";
import { auth } from "@/lib/auth";
import { isUuid } from "@/lib/ids";
import { openSavedSearch } from "@/lib/saved-searches/queries";

// Opening a saved search marks its listings as seen, then shows the search itself.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await auth();
  if (!session?.user.id) {
    return NextResponse.redirect(new URL(`/sign-in?callbackUrl=${encodeURIComponent(`/me/searches/${id}`)}`, request.url));
  }
  const query = isUuid(id) ? await openSavedSearch(session.user.id, id) : null;
  if (query === null) return NextResponse.redirect(new URL("/me/searches", request.url));
  return NextResponse.redirect(new URL(`/listings${query ? `?${query}` : ""}`, request.url));
}
