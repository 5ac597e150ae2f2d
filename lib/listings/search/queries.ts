import "server-only";
import { and, eq, sql, type SQLWrapper } from "drizzle-orm";
import { getDb, resultRows, type Db } from "@/db/client";
import { listingRevision, listings } from "@/db/schema";
import { listingSearchCacheEnabled } from "@/lib/env";
import { readCache, writeCache } from "./cache";
import { listingConditions, sortColumns } from "./conditions";
import { EXACT_COUNT_LIMIT, estimableFromStatistics, estimateFromStatistics, frequencies, roundEstimate, type Statistics } from "./count-estimate";
import { listingFiltersToQuery, PAGE_SIZE, type ListingFilters } from "./filters";
import { searchTerms } from "./japanese";
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
  if (!listingSearchCacheEnabled()) return searchListingsUncached(filters);
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
    (estimableFromStatistics(filters) ? estimateFromStatistics(await statistics(), filters) : null) ??
    (await estimateRows(db.select({ one: sql`1` }).from(listings).where(and(...listingConditions(filters, "bigrams")))));
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

/** The planner's row estimate for a query: a plan, not a scan. */
async function estimateRows(query: SQLWrapper): Promise<number> {
  const db = await getDb();
  const rows = resultRows<Record<string, unknown>>(await db.execute(sql`explain (format json) ${query}`));
  const json = Object.values(rows[0] ?? {})[0];
  const plan = (typeof json === "string" ? JSON.parse(json) : json) as [{ Plan: { "Plan Rows": number } }];
  return plan[0].Plan["Plan Rows"];
}

// ---- Keyword pages read in sort order

// json_build_object('id', "listings"."id", 'title', …): the page's rows in the shape of ListingSummary.
const summaryFields = sql.join(
  Object.entries(summaryColumns).map(([key, column]) => sql`${sql.raw(`'${key}'`)}, ${column}`),
  sql`, `,
);

/** How many open listings, in sort order, a keyword search reads one by one before it uses the GIN index. */
export const SEARCH_WINDOW_ROWS = 1000;
/** Deeper pages than this are left to the GIN index. */
const WINDOW_PAGES = 3;

export interface WindowPage {
  rows: ListingSummary[];
  /** Set when the window held every open listing: the search is then complete and its total exact. */
  exactTotal?: number;
}

type WindowRow = { rows: ListingSummary[] | string; matches: number; open_rows: number };

/**
 * The page of a keyword search taken from the first open listings in sort order, checked row by
 * row (LIKE on the search text, filter tokens) until the page is full. The page is right whenever
 * it fills within SEARCH_WINDOW_ROWS rows, since every earlier row in the order was checked. Null
 * when it does not: the caller then asks the GIN index, which suits rare words.
 */
async function firstMatchesInSortOrder(filters: ListingFilters): Promise<WindowPage | null> {
  if (filters.includeClosed || filters.page > WINDOW_PAGES) return null;
  const offset = (filters.page - 1) * PAGE_SIZE;
  const db = await getDb();
  const order = sql.join(sortColumns(filters), sql`, `);
  // Only the columns the conditions read: the window stays narrow.
  const window = db
    .select({
      id: listings.id,
      postedOn: listings.postedOn,
      payAnnualMax: listings.payAnnualMax,
      isOpen: listings.isOpen,
      searchText: listings.searchText,
      filterTokens: listings.filterTokens,
      requiredSkills: listings.requiredSkills,
      preferredSkills: listings.preferredSkills,
      certifications: listings.certifications,
    })
    .from(listings)
    .where(eq(listings.isOpen, true))
    .orderBy(...sortColumns(filters))
    .limit(SEARCH_WINDOW_ROWS);
  // The window is aliased "listings", so the usual conditions apply to it unchanged.
  const result = await db.execute(sql`
    with found as (
      select "id", "posted_on", "pay_annual_max" from (${window}) as "listings"
      where ${and(...listingConditions(filters, "text"))}
      order by ${order} limit ${offset + PAGE_SIZE}
    )
    select
      (select count(*)::int from found) as "matches",
      (select coalesce(json_agg(json_build_object(${summaryFields}) order by ${order}), '[]'::json)
        from ${listings} where ${listings.id} in (select "id" from found as "listings" order by ${order} offset ${offset})) as "rows",
      (select count(*)::int from (select 1 from ${listings} where ${listings.isOpen} limit ${SEARCH_WINDOW_ROWS}) as open_rows) as "open_rows"`);
  const row = resultRows<WindowRow>(result)[0];
  if (!row) return null;
  // The page comes back as JSON, read the same way by both drivers (some hand json over as text).
  const page = typeof row.rows === "string" ? (JSON.parse(row.rows) as ListingSummary[]) : row.rows;
  const windowHeldEverything = row.open_rows < SEARCH_WINDOW_ROWS;
  if (windowHeldEverything && page.length < PAGE_SIZE) return page.length > 0 || offset === 0 ? { rows: page, exactTotal: offset + page.length } : null;
  return page.length === PAGE_SIZE ? { rows: page } : null;
}

// ---- Counts from the statistics

type StatsRow = { rows: number; attname: string; elems: string[] | null; freqs: number[] | null };
const kept = new WeakMap<object, { statistics: Statistics; until: number }>();

/** Read from pg_stats, kept a minute: they change only when ANALYZE runs (after every import). */
async function statistics(): Promise<Statistics> {
  const db = await getDb();
  const cached = kept.get(db);
  if (cached && cached.until > Date.now()) return cached.statistics;
  const result = await db.execute(sql`
    select (select reltuples::float8 from pg_class where oid = 'listings'::regclass) as rows,
           attname, most_common_elems::text::text[] as elems, most_common_elem_freqs as freqs
    from pg_stats where tablename = 'listings' and attname in ('search_bigrams', 'filter_tokens')`);
  const rows = resultRows<StatsRow>(result);
  const of = (name: string) => {
    const row = rows.find((candidate) => candidate.attname === name);
    return frequencies(row?.elems ?? null, row?.freqs ?? null);
  };
  const statistics = { rows: Number(rows[0]?.rows ?? 0), bigrams: of("search_bigrams"), tokens: of("filter_tokens") };
  kept.set(db, { statistics, until: Date.now() + 60_000 });
  return statistics;
}

// ---- The revision every search reads first

/** Changes whenever any listing is inserted or updated, on any instance: the cache's key (./cache.ts). */
async function listingsRevision(): Promise<string> {
  const db = await getDb();
  const [row] = await db.select({ revision: listingRevision.revision }).from(listingRevision).limit(1);
  return String(row?.revision ?? 0);
}

/** Every write to listings calls this inside its transaction (see listingRevision). */
export async function bumpRevision(tx: Pick<Db, "insert">): Promise<void> {
  await tx
    .insert(listingRevision)
    .values({ id: 1, revision: 1 })
    .onConflictDoUpdate({ target: listingRevision.id, set: { revision: sql`${listingRevision.revision} + 1` } });
}
