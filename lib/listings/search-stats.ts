import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { bigrams, searchTerms } from "@/lib/search/japanese";
import { facetToken } from "./facets";
import { minAnnualYen, type ListingFilters } from "./filters";
import { facetFilterTokens } from "./search-conditions";

/** What ANALYZE knows about listings: row count and how often each common array element occurs. */
interface Statistics {
  rows: number;
  bigrams: Frequencies;
  tokens: Frequencies;
}

/** Share of rows holding each common element; `missing` stands for any element not listed. */
interface Frequencies {
  known: Map<string, number>;
  missing: number;
}

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
  // postgres-js returns the rows as an array, PGlite as { rows }.
  const rows = (result as unknown as { rows?: StatsRow[] }).rows ?? (result as unknown as StatsRow[]);
  const frequencies = (name: string): Frequencies => {
    const row = rows.find((candidate) => candidate.attname === name);
    const known = new Map((row?.elems ?? []).map((element, index) => [element, row?.freqs?.[index] ?? 0]));
    // An element missing from the statistics is rarer than all of them: half the rarest, as PostgreSQL assumes.
    return { known, missing: known.size === 0 ? 0 : Math.min(...known.values()) / 2 };
  };
  const statistics = { rows: Number(rows[0]?.rows ?? 0), bigrams: frequencies("search_bigrams"), tokens: frequencies("filter_tokens") };
  kept.set(db, { statistics, until: Date.now() + 60_000 });
  return statistics;
}

const frequency = (of: Frequencies, element: string): number => of.known.get(element) ?? of.missing;

/**
 * How many listings a search finds, estimated the way the planner would, but from each word's
 * rarest bigram: the planner multiplies a word's bigrams as if they were independent (議事 and 事録
 * are not) and so guesses far too low. Filters other than keywords and tokens (pay, skill, posting
 * date) are left to the planner: null.
 */
export async function estimateFromStatistics(filters: ListingFilters): Promise<number | null> {
  if (minAnnualYen(filters) !== null || filters.skill || filters.postedWithin !== null) return null;
  const stats = await statistics();
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
