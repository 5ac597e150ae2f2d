import { arrayContains, arrayOverlaps, asc, desc, eq, gte, sql, type SQL } from "drizzle-orm";
import { listings } from "@/db/schema";
import { bigrams, searchTerms } from "./japanese";
import { facetFilterTokens, facetToken } from "./facets";
import { minAnnualYen, type ListingFilters } from "./filters";

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * How keywords become SQL:
 * - "indexed": bigrams (GIN) confirmed with LIKE, unless the word is exactly two characters (then
 *   the bigram is the word). Exact, and the GIN index finds rare words fast.
 * - "bigrams": bigrams only, a close upper bound whose row estimate costs a plan, not a scan.
 * - "text": LIKE only, exact, for checking rows one by one in sort order (lib/listings/search/queries.ts).
 */
export type KeywordMatch = "indexed" | "bigrams" | "text";

/** Every filter as SQL; exact-match filters are tokens in one array (another GIN). */
export function listingConditions(filters: ListingFilters, keywordMatch: KeywordMatch = "indexed"): SQL[] {
  const conditions: SQL[] = [];
  const required: string[] = [];
  const anyOf = (tokens: string[]) => {
    if (tokens.length === 1) required.push(tokens[0]!);
    else if (tokens.length > 1) conditions.push(arrayOverlaps(listings.filterTokens, tokens));
  };
  if (!filters.includeClosed) conditions.push(eq(listings.isOpen, true));
  const bigramsNeeded: string[] = [];
  for (const term of searchTerms(filters.q)) {
    if (keywordMatch !== "text") bigramsNeeded.push(...bigrams(term));
    const likeNeeded = keywordMatch === "text" || (keywordMatch === "indexed" && [...term].length !== 2);
    if (likeNeeded) conditions.push(sql`${listings.searchText} like ${`%${escapeLike(term)}%`}`);
  }
  if (bigramsNeeded.length > 0) conditions.push(arrayContains(listings.searchBigrams, [...new Set(bigramsNeeded)]));
  for (const tokens of facetFilterTokens(filters)) anyOf(tokens);
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

export const sortColumns = (filters: ListingFilters) =>
  filters.sort === "pay" ? [desc(listings.payAnnualMax), asc(listings.id)] : [desc(listings.postedOn), asc(listings.id)];
