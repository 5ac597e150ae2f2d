// How many listings a search finds, without reading them: the figures behind 「約N件」.
import { facetFilterTokens, facetToken } from "./facets";
import { minAnnualYen, type ListingFilters } from "./filters";
import { bigrams, searchTerms } from "./japanese";

/** Up to this many matches are counted exactly; past it the count is an estimate (「約」) or 「N件以上」. */
export const EXACT_COUNT_LIMIT = 500;

/** What ANALYZE knows about listings: row count and how often each common array element occurs. */
export interface Statistics {
  rows: number;
  bigrams: Frequencies;
  tokens: Frequencies;
}

/** Share of rows holding each common element; `missing` stands for any element not listed. */
export interface Frequencies {
  known: Map<string, number>;
  missing: number;
}

/** One column's most common elements and their frequencies, as pg_stats lists them. */
export function frequencies(elements: string[] | null, shares: number[] | null): Frequencies {
  const known = new Map((elements ?? []).map((element, index) => [element, shares?.[index] ?? 0]));
  // An element missing from the statistics is rarer than all of them: half the rarest, as PostgreSQL assumes.
  return { known, missing: known.size === 0 ? 0 : Math.min(...known.values()) / 2 };
}

const frequency = (of: Frequencies, element: string): number => of.known.get(element) ?? of.missing;

/** Whether estimateFromStatistics can answer for these filters (keywords and tokens only). */
export function estimableFromStatistics(filters: ListingFilters): boolean {
  return minAnnualYen(filters) === null && !filters.skill && filters.postedWithin === null;
}

/**
 * How many listings a search finds, estimated the way the planner would, but from each word's
 * rarest bigram: the planner multiplies a word's bigrams as if they were independent (議事 and 事録
 * are not) and so guesses far too low. Filters other than keywords and tokens (pay, skill, posting
 * date) are left to the planner: null, as it is when there are no statistics yet.
 */
export function estimateFromStatistics(stats: Statistics, filters: ListingFilters): number | null {
  if (!estimableFromStatistics(filters)) return null;
  if (stats.rows <= 0 || stats.tokens.known.size === 0) return null;
  let share = filters.includeClosed ? 1 : frequency(stats.tokens, facetToken.open(true));
  for (const term of searchTerms(filters.q)) {
    const shares = bigrams(term).map((bigram) => frequency(stats.bigrams, bigram));
    if (shares.length > 0) share *= Math.min(...shares);
  }
  for (const tokens of facetFilterTokens(filters)) {
    // Values of one field exclude each other, so their shares add up.
    share *= Math.min(1, tokens.reduce((sum, token) => sum + frequency(stats.tokens, token), 0));
  }
  return stats.rows * share;
}

/** An estimate to two significant figures: 18,437 → 18,000. */
export function roundEstimate(rows: number): number {
  if (rows < 1) return 0;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(rows)) - 1);
  return Math.round(rows / magnitude) * magnitude;
}
