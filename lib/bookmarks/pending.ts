import "server-only";
import { cookies } from "next/headers";
import { isUuid } from "@/lib/ids";
import { addBookmark } from "./queries";

// An anonymous visitor's bookmark click waits here until they sign in, then the bookmark is made.
const PENDING_BOOKMARK_COOKIE = "pmo_pending_bookmark";

export async function keepPendingBookmark(listingId: string): Promise<void> {
  (await cookies()).set(PENDING_BOOKMARK_COOKIE, listingId, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 * 60 });
}

export async function claimPendingBookmark(userId: string): Promise<void> {
  const jar = await cookies();
  const listingId = jar.get(PENDING_BOOKMARK_COOKIE)?.value;
  jar.delete(PENDING_BOOKMARK_COOKIE);
  if (listingId && isUuid(listingId)) await addBookmark(userId, listingId);
}
