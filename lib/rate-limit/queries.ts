import "server-only";
import { and, eq, inArray, like, lte, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { rateLimitBuckets } from "@/db/schema";
import { accountThrottle, bucketKey, combine, decideCounted, type Decision, type RateLimitRule } from "./policy";

export interface RateLimitTarget {
  rule: RateLimitRule;
  subject: string;
}

const secondsLeft = sql<number>`extract(epoch from ${rateLimitBuckets.windowEndsAt} - now())::float8`;

/**
 * Counts this attempt in every target's bucket and decides, in one statement: the increment comes
 * first, so concurrent attempts (on any app instance) each see their own count and at most `limit`
 * of them pass. An expired window starts again at 1. The database's clock decides when windows end.
 */
export async function consumeRateLimit(targets: RateLimitTarget[]): Promise<Decision> {
  const db = await getDb();
  const rows = await db
    .insert(rateLimitBuckets)
    .values(targets.map(({ rule, subject }) => ({ key: bucketKey(rule, subject), count: 1, windowEndsAt: sql`now() + make_interval(secs => ${rule.windowSeconds})` })))
    .onConflictDoUpdate({
      target: rateLimitBuckets.key,
      set: {
        count: sql`case when ${rateLimitBuckets.windowEndsAt} <= now() then 1 else ${rateLimitBuckets.count} + 1 end`,
        windowEndsAt: sql`case when ${rateLimitBuckets.windowEndsAt} <= now() then excluded.window_ends_at else ${rateLimitBuckets.windowEndsAt} end`,
      },
    })
    .returning({ key: rateLimitBuckets.key, count: rateLimitBuckets.count, secondsLeft });
  const byKey = new Map(rows.map((row) => [row.key, { count: row.count, secondsLeft: Number(row.secondsLeft) }]));
  return combine(targets.map(({ rule, subject }) => decideCounted(rule, byKey.get(bucketKey(rule, subject)) ?? { count: 1, secondsLeft: rule.windowSeconds })));
}

/** Gives back one counted attempt (a successful sign-in does not use up its network's allowance). */
export async function refundRateLimit(targets: RateLimitTarget[]): Promise<void> {
  const db = await getDb();
  const keys = targets.map(({ rule, subject }) => bucketKey(rule, subject));
  await db
    .update(rateLimitBuckets)
    .set({ count: sql`greatest(${rateLimitBuckets.count} - 1, 0)` })
    .where(inArray(rateLimitBuckets.key, keys));
}

export async function clearRateLimit(targets: RateLimitTarget[]): Promise<void> {
  const db = await getDb();
  const keys = targets.map(({ rule, subject }) => bucketKey(rule, subject));
  await db.delete(rateLimitBuckets).where(inArray(rateLimitBuckets.key, keys));
}

const accountKey = (email: string) => bucketKey(accountThrottle, email);

/**
 * Claims one sign-in attempt for the account with this e-mail, whichever address it comes from.
 * The attempt is counted as a failure up front (a success forgets it), and the statement only
 * succeeds while the account is not waiting out a delay, so of 50 parallel guesses only the free
 * ones reach the password check; the rest are told how long to wait.
 */
export async function claimAccountAttempt(email: string): Promise<Decision> {
  const db = await getDb();
  const key = accountKey(email);
  const forget = sql`now() + make_interval(secs => ${accountThrottle.forgetAfterSeconds})`;
  await db.insert(rateLimitBuckets).values({ key, count: 0, windowEndsAt: forget }).onConflictDoNothing({ target: rateLimitBuckets.key });
  // A day without failures starts again from zero.
  const failures = sql`case when ${rateLimitBuckets.windowEndsAt} <= now() then 1 else ${rateLimitBuckets.count} + 1 end`;
  const [claimed] = await db
    .update(rateLimitBuckets)
    .set({ count: failures, windowEndsAt: forget, blockedUntil: delayedUntil(failures) })
    .where(and(eq(rateLimitBuckets.key, key), or(sql`${rateLimitBuckets.blockedUntil} is null`, lte(rateLimitBuckets.blockedUntil, sql`now()`), lte(rateLimitBuckets.windowEndsAt, sql`now()`))))
    .returning({ count: rateLimitBuckets.count });
  if (claimed) return { allowed: true };
  const [waiting] = await db
    .select({ seconds: sql<number>`extract(epoch from ${rateLimitBuckets.blockedUntil} - now())::float8` })
    .from(rateLimitBuckets)
    .where(eq(rateLimitBuckets.key, key));
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Number(waiting?.seconds ?? 1))) };
}

/** No delay for the first failures, then firstDelaySeconds doubling per failure up to maxDelaySeconds. */
function delayedUntil(failures: SQL) {
  const { freeFailures, firstDelaySeconds, maxDelaySeconds } = accountThrottle;
  return sql`case when ${failures} < ${freeFailures} then null::timestamptz
    else now() + make_interval(secs => least(${maxDelaySeconds}, ${firstDelaySeconds} * power(2, least(${failures} - ${freeFailures}, 30)))) end`;
}

export async function forgetAccountAttempts(email: string): Promise<void> {
  const db = await getDb();
  await db.delete(rateLimitBuckets).where(eq(rateLimitBuckets.key, accountKey(email)));
}

/** Buckets whose window has ended count nothing any more. */
export async function purgeExpiredBuckets(): Promise<number> {
  const db = await getDb();
  const purged = await db.delete(rateLimitBuckets).where(lte(rateLimitBuckets.windowEndsAt, sql`now()`)).returning({ key: rateLimitBuckets.key });
  return purged.length;
}

/** Every bucket that names this e-mail, for account deletion (in the deleting transaction). */
export async function deleteBucketsNaming(tx: Db, email: string): Promise<void> {
  const escaped = email.replace(/[\\%_]/g, (character) => `\\${character}`);
  await tx.delete(rateLimitBuckets).where(or(like(rateLimitBuckets.key, `%:${escaped}`), like(rateLimitBuckets.key, `%:${escaped}|%`)));
}
