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
export const SEARCH_WINDOW_ROWS = 600;
/** Matches collected for the estimate of the total: enough that 「約N件」 is within about a fifth. */
const MATCHES_FOR_ESTIMATE = 60;

export interface WindowMatches {
  rows: ListingSummary[];
  /** Exact when the window held every open listing; otherwise the share of matches among the rows read. */
  total: { exact: number } | { matchShare: number };
}

type WindowRow = { found: number; rows: ListingSummary[] | string; reached: number; open_rows: number };

/**
 * The page of a keyword search taken from the first open listings in sort order, checked row by
 * row (LIKE on the search text, filter tokens) until enough match. The page is right whenever it
 * fills before SEARCH_WINDOW_ROWS rows, since every earlier row in the order was checked. Null
 * when it does not: the caller then asks the GIN index, which suits rare words.
 */
export async function firstMatchesInSortOrder(filters: ListingFilters): Promise<WindowMatches | null> {
  const offset = (filters.page - 1) * PAGE_SIZE;
  const wanted = Math.max(offset + PAGE_SIZE, MATCHES_FOR_ESTIMATE);
  if (filters.includeClosed || offset + PAGE_SIZE > MATCHES_FOR_ESTIMATE) return null;
  const db = await getDb();
  const order = sortColumns(filters);
  const key = filters.sort === "pay" ? sql`"pay_annual_max"` : sql`"posted_on"`;
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
    .orderBy(...order)
    .limit(SEARCH_WINDOW_ROWS);
  // The window is aliased "listings", so the usual conditions apply to it unchanged. "reached"
  // is how many open listings come up to the last match in the order (ties broken by id).
  const result = await db.execute(sql`
    with found as (
      select "id", "posted_on", "pay_annual_max" from (${window}) as "listings"
      where ${and(...listingConditions(filters, "text"))}
      order by ${sql.join(order, sql`, `)} limit ${wanted}
    ), last as (
      select "id", "posted_on", "pay_annual_max" from found as "listings" order by ${sql.join(order, sql`, `)} offset ${wanted - 1} limit 1
    )
    select
      (select count(*)::int from found) as "found",
      (select coalesce(json_agg(json_build_object(${summaryFields}) order by ${sql.join(order, sql`, `)}), '[]'::json)
        from ${listings} where ${listings.id} in (select "id" from found as "listings" order by ${sql.join(order, sql`, `)} limit ${PAGE_SIZE} offset ${offset})) as "rows",
      (select count(*)::int from ${listings}, last
        where ${listings.isOpen} and ${listings}.${key} >= last.${key} and (${listings}.${key} > last.${key} or ${listings.id} <= last."id")) as "reached",
      (select count(*)::int from (select 1 from ${listings} where ${listings.isOpen} limit ${SEARCH_WINDOW_ROWS}) as open_rows) as "open_rows"`);
  // postgres-js returns the rows as an array, PGlite as { rows }.
  const rows = (result as unknown as { rows?: WindowRow[] }).rows ?? (result as unknown as WindowRow[]);
  const row = rows[0];
  if (!row) return null;
  // The page comes back as JSON, read the same way by both drivers (some hand json over as text).
  const page = typeof row.rows === "string" ? (JSON.parse(row.rows) as ListingSummary[]) : row.rows;
  if (row.open_rows < SEARCH_WINDOW_ROWS) return { rows: page, total: { exact: row.found } };
  if (page.length < PAGE_SIZE) return null;
  // Fewer matches than wanted means the whole window was read.
  const rowsRead = row.found < wanted ? SEARCH_WINDOW_ROWS : Math.max(row.reached, row.found);
  return { rows: page, total: { matchShare: row.found / rowsRead } };
}
