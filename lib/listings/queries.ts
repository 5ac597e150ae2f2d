import "server-only";
import { and, asc, desc, eq, ne, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { listings, type Listing, type NewListing } from "@/db/schema";
import { isUuid } from "@/lib/ids";
import { facetToken } from "./search/facets";
import { bumpRevision } from "./search/queries";
import { summaryColumns, type ListingSummary } from "./search/summary";

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

export async function getListing(id: string): Promise<Listing | null> {
  if (!isUuid(id)) return null;
  const db = await getDb();
  const [listing] = await db.select().from(listings).where(eq(listings.id, id)).limit(1);
  return listing ?? null;
}

/**
 * Open listings an operator imported, for the sitemap: sample listings are fictional and stay out of
 * search engines (lib/listings/job-posting-ld.ts isIndexableListing).
 */
export async function getIndexableListings(): Promise<{ id: string; updatedAt: Date }[]> {
  const db = await getDb();
  return db
    .select({ id: listings.id, updatedAt: listings.updatedAt })
    .from(listings)
    .where(and(eq(listings.isOpen, true), eq(listings.isSample, false)))
    .orderBy(desc(listings.postedOn), asc(listings.id));
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

// ---- Admin: every listing, open or closed, sample or real. Callers check the admin role.

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
