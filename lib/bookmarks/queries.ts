import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { bookmarks, listings, type Bookmark, type Listing } from "@/db/schema";
import type { BookmarkStatus } from "@/lib/bookmarks/vocabulary";

/** Adds a listing to the user's shortlist; doing it twice keeps one. False when the listing does not exist. */
export async function addBookmark(userId: string, listingId: string): Promise<boolean> {
  const db = await getDb();
  const [listing] = await db.select({ id: listings.id }).from(listings).where(eq(listings.id, listingId)).limit(1);
  if (!listing) return false;
  await db
    .insert(bookmarks)
    .values({ userId, listingId, statusHistory: { saved: new Date().toISOString() } })
    .onConflictDoNothing({ target: [bookmarks.userId, bookmarks.listingId] });
  return true;
}

export async function removeBookmark(userId: string, listingId: string): Promise<void> {
  const db = await getDb();
  await db.delete(bookmarks).where(and(eq(bookmarks.userId, userId), eq(bookmarks.listingId, listingId)));
}

export async function isBookmarked(userId: string, listingId: string): Promise<boolean> {
  return (await bookmarkedListingIds(userId, [listingId])).has(listingId);
}

export async function bookmarkedListingIds(userId: string, listingIds: string[]): Promise<Set<string>> {
  if (listingIds.length === 0) return new Set();
  const db = await getDb();
  const rows = await db
    .select({ listingId: bookmarks.listingId })
    .from(bookmarks)
    .where(and(eq(bookmarks.userId, userId), inArray(bookmarks.listingId, listingIds)));
  return new Set(rows.map((row) => row.listingId));
}

export type ShortlistEntry = Bookmark & {
  listing: Pick<Listing, "id" | "title" | "company" | "isOpen" | "isSample" | "payUnit" | "payMin" | "payMax" | "workStyle" | "closesOn" | "employmentType">;
};

export async function listBookmarks(userId: string): Promise<ShortlistEntry[]> {
  const db = await getDb();
  const rows = await db
    .select({
      bookmark: bookmarks,
      listing: {
        id: listings.id,
        title: listings.title,
        company: listings.company,
        isOpen: listings.isOpen,
        isSample: listings.isSample,
        payUnit: listings.payUnit,
        payMin: listings.payMin,
        payMax: listings.payMax,
        workStyle: listings.workStyle,
        closesOn: listings.closesOn,
        employmentType: listings.employmentType,
      },
    })
    .from(bookmarks)
    .innerJoin(listings, eq(listings.id, bookmarks.listingId))
    .where(eq(bookmarks.userId, userId))
    .orderBy(desc(bookmarks.updatedAt), asc(bookmarks.id));
  return rows.map(({ bookmark, listing }) => ({ ...bookmark, listing }));
}

/** Moves a bookmark to a status, remembering when that status was first reached. Null when not the user's. */
export async function setBookmarkStatus(userId: string, bookmarkId: string, status: BookmarkStatus): Promise<Bookmark | null> {
  const db = await getDb();
  const [updated] = await db
    .update(bookmarks)
    .set({
      status,
      statusHistory: sql`jsonb_build_object(${status}::text, to_jsonb(now())) || ${bookmarks.statusHistory}`,
    })
    .where(and(eq(bookmarks.userId, userId), eq(bookmarks.id, bookmarkId)))
    .returning();
  return updated ?? null;
}

export async function setBookmarkNote(userId: string, bookmarkId: string, note: string): Promise<Bookmark | null> {
  const db = await getDb();
  const [updated] = await db
    .update(bookmarks)
    .set({ note })
    .where(and(eq(bookmarks.userId, userId), eq(bookmarks.id, bookmarkId)))
    .returning();
  return updated ?? null;
}
