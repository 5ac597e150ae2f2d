import { sql } from "drizzle-orm";
import { bigint, boolean, check, date, index, integer, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { EmploymentType, Industry, ListingLevel, PayUnit, PmoTypeSlug, WorkStyle } from "../vocabulary";

export const listings = pgTable(
  "listings",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The importer upserts by this, so importing the same file twice changes nothing. */
    externalId: text().notNull().unique(),
    source: text().notNull(),
    isSample: boolean().notNull().default(false),
    title: text().notNull(),
    company: text().notNull(),
    description: text().notNull(),
    employmentType: text().$type<EmploymentType>().notNull(),
    pmoType: text().$type<PmoTypeSlug>().notNull(),
    level: text().$type<ListingLevel>().notNull(),
    industry: text().$type<Industry>().notNull(),
    workStyle: text().$type<WorkStyle>().notNull(),
    prefecture: text().notNull(),
    payUnit: text().$type<PayUnit>().notNull(),
    /** Yen, as published: a year's salary or a month's rate. */
    payMin: integer().notNull(),
    payMax: integer().notNull(),
    /** Yen a year (monthly rates × 12), so pay can be filtered and sorted across units. */
    payAnnualMax: integer().notNull(),
    daysPerWeek: smallint().notNull(),
    requiredSkills: text().array().notNull().default(sql`'{}'::text[]`),
    preferredSkills: text().array().notNull().default(sql`'{}'::text[]`),
    certifications: text().array().notNull().default(sql`'{}'::text[]`),
    postedOn: date({ mode: "string" }).notNull(),
    closesOn: date({ mode: "string" }),
    isOpen: boolean().notNull().default(true),
    /** NFKC-normalised, lower-cased, katakana folded: confirms a keyword match with LIKE. */
    searchText: text().notNull(),
    /** Character bigrams of searchText: a GIN index finds two-character Japanese words. */
    searchBigrams: text().array().notNull(),
    /**
     * One token per exact-match field (lib/listings/search/facets.ts), so any mix of filters is one GIN
     * lookup. Small and stored inline (see the migration), so checking it row by row is cheap too.
     */
    filterTokens: text().array().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (table) => [
    // One GIN index over both arrays: keywords and exact filters together are a single index scan.
    index("listings_search_idx").using("gin", table.searchBigrams, table.filterTokens),
    // The two sort orders of the public search, which shows open listings unless asked otherwise.
    // NULLS FIRST matches a plain ORDER BY ... DESC, so the index serves it without a sort.
    index("listings_open_posted_idx").on(table.postedOn.desc().nullsFirst(), table.id).where(sql`${table.isOpen}`),
    index("listings_open_pay_idx").on(table.payAnnualMax.desc().nullsFirst(), table.id).where(sql`${table.isOpen}`),
    index("listings_created_idx").on(table.createdAt),
    check("listings_pay_range_check", sql`${table.payMin} >= 0 and ${table.payMax} >= ${table.payMin}`),
    check("listings_days_check", sql`${table.daysPerWeek} between 1 and 5`),
  ],
);

export type Listing = typeof listings.$inferSelect;
export type NewListing = typeof listings.$inferInsert;

/**
 * One row whose number goes up in the same transaction as every write to listings. Writers queue on
 * its row lock, so its order is the commit order, and a search cache keyed by it is never stale.
 */
export const listingRevision = pgTable(
  "listing_revision",
  {
    id: smallint().primaryKey().default(1),
    revision: bigint({ mode: "number" }).notNull().default(0),
  },
  (table) => [check("listing_revision_single_row", sql`${table.id} = 1`)],
);
