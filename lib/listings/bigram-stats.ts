import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { bigrams } from "@/lib/search/japanese";

type Frequencies = Map<string, number>;
const kept = new WeakMap<object, { frequencies: Frequencies; until: number }>();

/** How often each common bigram occurs, from the planner's statistics (ANALYZE), kept a minute. */
async function bigramFrequencies(): Promise<Frequencies> {
  const db = await getDb();
  const cached = kept.get(db);
  if (cached && cached.until > Date.now()) return cached.frequencies;
  const result = await db.execute(sql`
    select most_common_elems::text::text[] as elems, most_common_elem_freqs as freqs
    from pg_stats where tablename = 'listings' and attname = 'search_bigrams'`);
  // postgres-js returns the rows as an array, PGlite as { rows }.
  const rows = (result as unknown as { rows?: StatsRow[] }).rows ?? (result as unknown as StatsRow[]);
  const frequencies: Frequencies = new Map();
  const row = rows[0];
  row?.elems?.forEach((element, index) => frequencies.set(element, row.freqs?.[index] ?? 0));
  kept.set(db, { frequencies, until: Date.now() + 60_000 });
  return frequencies;
}

type StatsRow = { elems: string[] | null; freqs: number[] | null };

/**
 * The rarest bigram of each search term. The planner multiplies the frequencies of a word's bigrams
 * as if they were independent (議事 and 事録 are not), so it estimates a word far too low; the
 * rarest bigram alone is a close upper bound. Bigrams missing from the statistics are the rare ones.
 */
export async function rarestBigramPerTerm(terms: string[]): Promise<string[]> {
  if (terms.length === 0) return [];
  const frequencies = await bigramFrequencies();
  return terms.flatMap((term) => {
    const candidates = bigrams(term);
    if (candidates.length === 0) return [];
    return [candidates.reduce((rarest, bigram) => ((frequencies.get(bigram) ?? 0) < (frequencies.get(rarest) ?? 0) ? bigram : rarest))];
  });
}
