import "server-only";
import { and, arrayContains, arrayOverlaps, asc, desc, eq, gte, ne, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { listingRevision, listings, type Listing, type NewListing } from "@/db/schema";
import { bigrams, searchTerms } from "@/lib/search/japanese";
import { isUuid } from "@/lib/ids";
import { facetToken } from "./facets";
import { listingFiltersToQuery, minAnnualYen, PAGE_SIZE, parseListingFilters, type ListingFilters } from "./filters";
import { readCache, searchCacheEnabled, writeCache } from "./search-cache";

// Columns an import may change; when none differs, the row is left alone (and counted unchanged).
const importedColumns = [
  "source", "isSample", "title", "company", "description", "employmentType", "pmoType", "level", "industry", "workStyle",
  "prefecture", "payUnit", "payMin", "payMax", "payAnnualMax", "daysPerWeek", "requiredSkills", "preferredSkills",
  "certifications", "postedOn", "closesOn", "isOpen", "searchText", "searchBigrams", "filterTokens",
] as const satisfies (keyof NewListing)[];

const snake = (name: string) => name.replace(/[A-Z]/g, (char) => `_${char.toLowerCase()}`);

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/**
 * Inserts or updates by external id in one transaction. Takes the database explicitly because the
 * start-up seeder runs it before the app's shared database is published.
 */
export async function upsertListings(db: Db, values: NewListing[]): Promise<UpsertCounts> {
  const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
  const set = Object.fromEntries(importedColumns.map((column) => [column, sql.raw(`excluded.${snake(column)}`)]));
  const changed = sql`(${sql.join(importedColumns.map((column) => sql`${listings[column]}`), sql`, `)}) is distinct from (${sql.raw(
    importedColumns.map((column) => `excluded.${snake(column)}`).join(", "),
  )})`;
  await db.transaction(async (tx) => {
    for (let start = 0; start < values.length; start += 500) {
      const batch = values.slice(start, start + 500);
      const written = await tx
        .insert(listings)
        .values(batch)
        .onConflictDoUpdate({ target: listings.externalId, set: { ...set, updatedAt: sql`now()` }, setWhere: changed })
        .returning({ inserted: sql<boolean>`(xmax = 0)` });
      const inserted = written.filter((row) => row.inserted).length;
      counts.inserted += inserted;
      counts.updated += written.length - inserted;
      counts.unchanged += batch.length - written.length;
    }
    if (counts.inserted + counts.updated > 0) await bumpRevision(tx);
  });
  // Fresh statistics keep the planner's choices and estimated counts right (PGlite has no autovacuum).
  if (counts.inserted + counts.updated > 0) await db.execute(sql`analyze listings`);
  return counts;
}

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * Every filter as SQL. Keywords match bigrams (GIN), confirmed with LIKE unless the word is exactly
 * two characters (then the bigram is the word); exact filters match tokens (another GIN).
 */
export function listingConditions(filters: ListingFilters, { confirmWords = true } = {}): SQL[] {
  const conditions: SQL[] = [];
  const required: string[] = [];
  const anyOf = (tokens: string[]) => {
    if (tokens.length === 1) required.push(tokens[0]!);
    else if (tokens.length > 1) conditions.push(arrayOverlaps(listings.filterTokens, tokens));
  };
  if (!filters.includeClosed) conditions.push(eq(listings.isOpen, true));
  const bigramsNeeded: string[] = [];
  for (const term of searchTerms(filters.q)) {
    bigramsNeeded.push(...bigrams(term));
    if (confirmWords && [...term].length !== 2) conditions.push(sql`${listings.searchText} like ${`%${escapeLike(term)}%`}`);
  }
  if (bigramsNeeded.length > 0) conditions.push(arrayContains(listings.searchBigrams, [...new Set(bigramsNeeded)]));
  anyOf(filters.employment.map(facetToken.employment));
  anyOf(filters.pmoType.map(facetToken.pmoType));
  anyOf(filters.level.map(facetToken.level));
  anyOf(filters.industry.map(facetToken.industry));
  anyOf(filters.workStyle.map(facetToken.workStyle));
  anyOf(filters.prefecture.map(facetToken.prefecture));
  if (filters.maxDays !== null) required.push(facetToken.maxDays(filters.maxDays));
  if (required.length > 0) {
    // With other filters, the open token lets the GIN index answer "open" too.
    if (!filters.includeClosed) required.push(facetToken.open(true));
    conditions.push(arrayContains(listings.filterTokens, required));
  }

  const minYen = minAnnualYen(filters);
  if (minYen !== null) conditions.push(gte(listings.payAnnualMax, minYen));
  if (filters.skill) {
    const pattern = `%${escapeLike(filters.skill)}%`;
    conditions.push(
      sql`exists (select 1 from unnest(${listings.requiredSkills} || ${listings.preferredSkills} || ${listings.certifications}) as skill where skill ilike ${pattern})`,
    );
  }
  if (filters.postedWithin !== null) {
    conditions.push(sql`${listings.postedOn} >= (now() at time zone 'Asia/Tokyo')::date - ${filters.postedWithin}::int`);
  }
  return conditions;
}

const summaryColumns = {
  id: listings.id,
  title: listings.title,
  company: listings.company,
  excerpt: sql<string>`left(${listings.description}, 110)`,
  employmentType: listings.employmentType,
  pmoType: listings.pmoType,
  level: listings.level,
  industry: listings.industry,
  workStyle: listings.workStyle,
  prefecture: listings.prefecture,
  payUnit: listings.payUnit,
  payMin: listings.payMin,
  payMax: listings.payMax,
  daysPerWeek: listings.daysPerWeek,
  postedOn: listings.postedOn,
  closesOn: listings.closesOn,
  isOpen: listings.isOpen,
  isSample: listings.isSample,
};

export type ListingSummary = { [K in keyof typeof summaryColumns]: K extends "excerpt" ? string : Listing[K & keyof Listing] };

/** exact; about: the planner's estimate (「約N件」); atLeast: more than total (「N件以上」). */
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

/** Changes whenever any listing is inserted or updated, on any instance. */
async function listingsRevision(): Promise<string> {
  const db = await getDb();
  const [row] = await db.select({ revision: listingRevision.revision }).from(listingRevision).limit(1);
  return String(row?.revision ?? 0);
}

/** Every write to listings calls this inside its transaction (see listingRevision). */
async function bumpRevision(tx: Pick<Db, "insert">): Promise<void> {
  await tx
    .insert(listingRevision)
    .values({ id: 1, revision: 1 })
    .onConflictDoUpdate({ target: listingRevision.id, set: { revision: sql`${listingRevision.revision} + 1` } });
}

async function searchListingsUncached(filters: ListingFilters): Promise<ListingPage> {
  const db = await getDb();
  const where = and(...listingConditions(filters));
  const order =
    filters.sort === "pay" ? [desc(listings.payAnnualMax), asc(listings.id)] : [desc(listings.postedOn), asc(listings.id)];
  // Pick the page's ids from the narrow sort key first, then read the wide columns of just those rows.
  const pageIds = db
    .select({ id: listings.id })
    .from(listings)
    .where(where)
    .orderBy(...order)
    .limit(PAGE_SIZE)
    .offset((filters.page - 1) * PAGE_SIZE)
    .as("page_ids");
  const [rows, counted] = await Promise.all([
    db.select(summaryColumns).from(listings).innerJoin(pageIds, eq(pageIds.id, listings.id)).orderBy(...order),
    countListings(filters),
  ]);
  // A page that is not full is the last one: the total is then known exactly.
  if (rows.length < PAGE_SIZE && (rows.length > 0 || filters.page === 1)) {
    return { rows: rows as ListingSummary[], total: (filters.page - 1) * PAGE_SIZE + rows.length, precision: "exact" };
  }
  return { rows: rows as ListingSummary[], ...counted };
}

export async function getListing(id: string): Promise<Listing | null> {
  if (!isUuid(id)) return null;
  const db = await getDb();
  const [listing] = await db.select().from(listings).where(eq(listings.id, id)).limit(1);
  return listing ?? null;
}

/** Open listings of the same PMO type, closest in level and industry first. */
export async function getSimilarListings(listing: Listing, limit = 4): Promise<ListingSummary[]> {
  const db = await getDb();
  const rows = await db
    .select(summaryColumns)
    .from(listings)
    .where(and(eq(listings.isOpen, true), eq(listings.pmoType, listing.pmoType), ne(listings.id, listing.id)))
    .orderBy(
      desc(sql`(${listings.industry} = ${listing.industry})::int + (${listings.level} = ${listing.level})::int`),
      desc(listings.postedOn),
      asc(listings.id),
    )
    .limit(limit);
  return rows as ListingSummary[];
}

/**
 * How many listings a search finds. Small results are counted exactly; past EXACT_COUNT_LIMIT the
 * planner's estimate is shown as 「約」 (and the last page, being short, still gives the exact total). An exact count of a broad keyword must unpack every matching
 * row's text (tens of milliseconds at 100,000 listings); the estimate costs a plan, not a scan.
 */
export async function countListings(filters: ListingFilters): Promise<ListingCount> {
  const db = await getDb();
  // Estimated without the LIKE confirmation, whose selectivity the planner can only guess: the
  // bigram match alone is a close upper bound, and it decides whether an exact count is cheap.
  const loose = and(...listingConditions(filters, { confirmWords: false }));
  const estimate = await estimateRows(db.select({ one: sql`1` }).from(listings).where(loose));
  if (estimate > EXACT_COUNT_LIMIT) return { total: roundEstimate(estimate), precision: "about" };
  // Estimates of several bigrams of one word assume they are independent and can be far too low,
  // so the exact count still stops at the limit. Without sequential scans the planner reads the
  // GIN bitmap, and unpacks at most EXACT_COUNT_LIMIT + 1 rows' text.
  const counted = await db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    const matching = tx
      .select({ one: sql`1` })
      .from(listings)
      .where(and(...listingConditions(filters)))
      .limit(EXACT_COUNT_LIMIT + 1)
      .as("matching");
    const [row] = await tx.select({ total: sql<number>`count(*)::int` }).from(matching);
    return row?.total ?? 0;
  });
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
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(rows)) - 1);
  return Math.round(rows / magnitude) * magnitude;
};

// ---- Admin: every listing, open or closed, sample or real. Callers check the admin role.

export async function adminListListings(q: string, page: number): Promise<ListingPage> {
  return searchListings({ ...parseListingFilters({ q }), includeClosed: true, page });
}

export async function createListing(values: NewListing): Promise<Listing> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [created] = await tx.insert(listings).values(values).returning();
    await bumpRevision(tx);
    return created!;
  });
}

/** Null when the listing does not exist; an external id already used by another listing throws. */
export async function updateListing(id: string, values: NewListing): Promise<Listing | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [updated] = await tx.update(listings).set(values).where(eq(listings.id, id)).returning();
    if (updated) await bumpRevision(tx);
    return updated ?? null;
  });
}

export async function setListingOpen(id: string, isOpen: boolean): Promise<boolean> {
  const db = await getDb();
  const tokens = sql`array_append(array_remove(${listings.filterTokens}, ${facetToken.open(!isOpen)}::text), ${facetToken.open(isOpen)}::text)`;
  return db.transaction(async (tx) => {
    const updated = await tx.update(listings).set({ isOpen, filterTokens: tokens }).where(eq(listings.id, id)).returning({ id: listings.id });
    if (updated.length > 0) await bumpRevision(tx);
    return updated.length > 0;
  });
}

export async function externalIdTaken(externalId: string, exceptId?: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ id: listings.id })
    .from(listings)
    .where(and(eq(listings.externalId, externalId), exceptId ? ne(listings.id, exceptId) : undefined))
    .limit(1);
  return !!row;
}
