import "server-only";
import { and, eq, sql, type SQLWrapper } from "drizzle-orm";
import { getDb } from "@/db/client";
import { listings } from "@/db/schema";
import { searchTerms } from "@/lib/search/japanese";
import { listingFiltersToQuery, PAGE_SIZE, type ListingFilters } from "./filters";
import { listingsRevision } from "./revision";
import { estimateFromStatistics } from "./search-stats";
import { listingConditions, sortColumns } from "./search-conditions";
import { readCache, searchCacheEnabled, writeCache } from "./search-cache";
import { firstMatchesInSortOrder } from "./search-window";
import { summaryColumns, type ListingSummary } from "./summary";


/** exact; about: an estimate (「約N件」); atLeast: more than total (「N件以上」). */
export type CountPrecision = "exact" | "about" | "atLeast";

export interface ListingCount {
  total: number;
  precision: CountPrecision;
}

export interface ListingPage extends ListingCount {
  rows: ListingSummary[];
}

export async function searchListings(filters: ListingFilters): Promise<ListingPage> {
  if (!searchCacheEnabled()) return searchListingsUncached(filters);
  const db = await getDb();
  const revision = await listingsRevision();
  // postedWithin is relative to today (Japan time), so the date is part of the key.
  const key = `${listingFiltersToQuery(filters)}|${new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Tokyo" })}`;
  const cached = readCache<ListingPage>(db, key, revision);
  if (cached) return cached;
  const page = await searchListingsUncached(filters);
  writeCache(db, key, revision, page);
  return page;
}

async function searchListingsUncached(filters: ListingFilters): Promise<ListingPage> {
  // A common keyword matches thousands of rows: the first page is found sooner by reading rows
  // in sort order than by fetching every match from the GIN index and sorting them.
  if (searchTerms(filters.q).length > 0) {
    const counting = countListings(filters);
    // Awaited below on every path; this only keeps a failure from surfacing as unhandled meanwhile.
    counting.catch(() => {});
    const window = await firstMatchesInSortOrder(filters);
    if (window?.exactTotal !== undefined) return { rows: window.rows, total: window.exactTotal, precision: "exact" };
    if (window) {
      const counted = await counting;
      return { rows: window.rows, ...counted, total: Math.max(counted.total, filters.page * PAGE_SIZE) };
    }
    return searchThroughIndexes(filters, counting);
  }
  return searchThroughIndexes(filters, countListings(filters));
}

async function searchThroughIndexes(filters: ListingFilters, counting: Promise<ListingCount>): Promise<ListingPage> {
  const db = await getDb();
  const order = sortColumns(filters);
  // Pick the page's ids from the narrow sort key first, then read the wide columns of just those rows.
  const pageIds = db
    .select({ id: listings.id })
    .from(listings)
    .where(and(...listingConditions(filters)))
    .orderBy(...order)
    .limit(PAGE_SIZE)
    .offset((filters.page - 1) * PAGE_SIZE)
    .as("page_ids");
  const [found, counted] = await Promise.all([
    db.select(summaryColumns).from(listings).innerJoin(pageIds, eq(pageIds.id, listings.id)).orderBy(...order),
    counting,
  ]);
  const rows = found as ListingSummary[];
  // A page that is not full is the last one: the total is then known exactly.
  if (rows.length < PAGE_SIZE && (rows.length > 0 || filters.page === 1)) {
    return { rows, total: (filters.page - 1) * PAGE_SIZE + rows.length, precision: "exact" };
  }
  return { rows, ...counted };
}

/**
 * How many listings a search finds. Small results are counted exactly; past EXACT_COUNT_LIMIT the
 * planner's estimate is shown as 「約」 (and the last page, being short, still gives the exact total).
 * An exact count of a broad keyword must read every matching row; the estimate costs a plan, not a scan.
 */
export async function countListings(filters: ListingFilters): Promise<ListingCount> {
  const db = await getDb();
  // Estimated without the LIKE confirmation, whose selectivity the planner can only guess: the
  // bigram match alone is a close upper bound, and it decides whether an exact count is cheap.
  const estimate =
    (await estimateFromStatistics(filters)) ?? (await estimateRows(db.select({ one: sql`1` }).from(listings).where(and(...listingConditions(filters, "bigrams")))));
  if (estimate > EXACT_COUNT_LIMIT) return { total: roundEstimate(estimate), precision: "about" };
  // Estimates of several bigrams of one word assume they are independent and can be far too low,
  // so the exact count still stops at the limit.
  const matching = db
    .select({ one: sql`1` })
    .from(listings)
    .where(and(...listingConditions(filters)))
    .limit(EXACT_COUNT_LIMIT + 1)
    .as("matching");
  const [row] = await db.select({ total: sql<number>`count(*)::int` }).from(matching);
  const counted = row?.total ?? 0;
  if (counted > EXACT_COUNT_LIMIT) return { total: EXACT_COUNT_LIMIT, precision: "atLeast" };
  return { total: counted, precision: "exact" };
}

export const EXACT_COUNT_LIMIT = 500;

/** The planner's row estimate for a query: a plan, not a scan. */
async function estimateRows(query: SQLWrapper): Promise<number> {
  const db = await getDb();
  const explained = await db.execute(sql`explain (format json) ${query}`);
  // postgres-js returns the rows as an array, PGlite as { rows }.
  const rows = (explained as unknown as { rows?: Record<string, unknown>[] }).rows ?? (explained as unknown as Record<string, unknown>[]);
  const json = Object.values(rows[0] ?? {})[0];
  const plan = (typeof json === "string" ? JSON.parse(json) : json) as [{ Plan: { "Plan Rows": number } }];
  return plan[0].Plan["Plan Rows"];
}

const roundEstimate = (rows: number) => {
  if (rows < 1) return 0;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(rows)) - 1);
  return Math.round(rows / magnitude) * magnitude;
};
