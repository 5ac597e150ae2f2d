import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { listings } from "@/db/schema";
import { PAGE_SIZE, type ListingFilters } from "./filters";
import { listingConditions, sortColumns } from "./search-conditions";
import { summaryColumns, type ListingSummary } from "./summary";

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
export async function firstMatchesInSortOrder(filters: ListingFilters): Promise<WindowPage | null> {
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
  // postgres-js returns the rows as an array, PGlite as { rows }.
  const rows = (result as unknown as { rows?: WindowRow[] }).rows ?? (result as unknown as WindowRow[]);
  const row = rows[0];
  if (!row) return null;
  // The page comes back as JSON, read the same way by both drivers (some hand json over as text).
  const page = typeof row.rows === "string" ? (JSON.parse(row.rows) as ListingSummary[]) : row.rows;
  const windowHeldEverything = row.open_rows < SEARCH_WINDOW_ROWS;
  if (windowHeldEverything && page.length < PAGE_SIZE) return page.length > 0 || offset === 0 ? { rows: page, exactTotal: offset + page.length } : null;
  return page.length === PAGE_SIZE ? { rows: page } : null;
}
