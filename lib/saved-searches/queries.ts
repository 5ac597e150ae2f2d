import "server-only";
import { and, asc, count, eq, gt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { listings, savedSearches, type SavedSearch } from "@/db/schema";
import { parseListingFilters, rawParamsFromQuery } from "@/lib/listings/search/filters";
import { lockUser } from "@/lib/limits/queries";
import { limits } from "@/lib/limits/vocabulary";
import { listingConditions } from "@/lib/listings/search/conditions";

const MAX_SAVED_SEARCHES = limits.savedSearchesPerUser;

/** Null when the user already keeps the maximum number of searches. */
export async function createSavedSearch(userId: string, name: string, query: string): Promise<SavedSearch | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (!(await lockUser(tx, userId))) return null;
    const [existing] = await tx.select({ value: count() }).from(savedSearches).where(eq(savedSearches.userId, userId));
    if ((existing?.value ?? 0) >= MAX_SAVED_SEARCHES) return null;
    const [created] = await tx.insert(savedSearches).values({ userId, name, query }).returning();
    return created ?? null;
  });
}

export type SavedSearchWithNews = SavedSearch & { newCount: number };

/** Each saved search with how many matching listings appeared since the user last opened it. */
export async function listSavedSearches(userId: string): Promise<SavedSearchWithNews[]> {
  const db = await getDb();
  const searches = await db.select().from(savedSearches).where(eq(savedSearches.userId, userId)).orderBy(asc(savedSearches.createdAt));
  return Promise.all(
    searches.map(async (search) => {
      const filters = parseListingFilters(rawParamsFromQuery(search.query));
      const [news] = await db
        .select({ value: count() })
        .from(listings)
        .where(and(...listingConditions(filters), gt(listings.createdAt, search.lastSeenAt)));
      return { ...search, newCount: news?.value ?? 0 };
    }),
  );
}

/** Marks a search as seen now and returns its query; null when it is not the user's. */
export async function openSavedSearch(userId: string, id: string): Promise<string | null> {
  const db = await getDb();
  const [opened] = await db
    .update(savedSearches)
    .set({ lastSeenAt: new Date() })
    .where(and(eq(savedSearches.userId, userId), eq(savedSearches.id, id)))
    .returning({ query: savedSearches.query });
  return opened?.query ?? null;
}

export async function deleteSavedSearch(userId: string, id: string): Promise<boolean> {
  const db = await getDb();
  const deleted = await db
    .delete(savedSearches)
    .where(and(eq(savedSearches.userId, userId), eq(savedSearches.id, id)))
    .returning({ id: savedSearches.id });
  return deleted.length > 0;
}
