import "server-only";
import { inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { rateLimitBuckets } from "@/db/schema";
import { bucketKey, combine, decide, type Decision, type RateLimitRule } from "./policy";

export interface RateLimitTarget {
  rule: RateLimitRule;
  subject: string;
}

/** Reads the buckets of every target and decides whether another attempt is allowed now. */
export async function checkRateLimit(targets: RateLimitTarget[]): Promise<Decision> {
  const db = await getDb();
  const keys = targets.map(({ rule, subject }) => bucketKey(rule, subject));
  const rows = await db
    .select({
      key: rateLimitBuckets.key,
      count: rateLimitBuckets.count,
      // The database's clock, not this instance's, decides when a window ends.
      secondsLeft: sql<number>`extract(epoch from ${rateLimitBuckets.windowEndsAt} - now())::float8`,
    })
    .from(rateLimitBuckets)
    .where(inArray(rateLimitBuckets.key, keys));
  const byKey = new Map(rows.map((row) => [row.key, { count: row.count, secondsLeft: Number(row.secondsLeft) }]));
  return combine(targets.map(({ rule, subject }) => decide(rule, byKey.get(bucketKey(rule, subject)) ?? null)));
}

/**
 * Counts one attempt against every target. The increment is a single upsert, so
 * concurrent instances never lose a count; an expired window starts again at 1.
 */
export async function recordAttempt(targets: RateLimitTarget[]): Promise<void> {
  const db = await getDb();
  for (const { rule, subject } of targets) {
    const windowEnd = sql`now() + make_interval(secs => ${rule.windowSeconds})`;
    await db
      .insert(rateLimitBuckets)
      .values({ key: bucketKey(rule, subject), count: 1, windowEndsAt: windowEnd })
      .onConflictDoUpdate({
        target: rateLimitBuckets.key,
        set: {
          count: sql`case when ${rateLimitBuckets.windowEndsAt} <= now() then 1 else ${rateLimitBuckets.count} + 1 end`,
          windowEndsAt: sql`case when ${rateLimitBuckets.windowEndsAt} <= now() then excluded.window_ends_at else ${rateLimitBuckets.windowEndsAt} end`,
        },
      });
  }
}

export async function clearRateLimit(targets: RateLimitTarget[]): Promise<void> {
  const db = await getDb();
  const keys = targets.map(({ rule, subject }) => bucketKey(rule, subject));
  await db.delete(rateLimitBuckets).where(inArray(rateLimitBuckets.key, keys));
}
