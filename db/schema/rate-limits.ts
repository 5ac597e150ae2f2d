import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// Fixed-window counters shared by every app instance (sign-in attempts and the like).
export const rateLimitBuckets = pgTable("rate_limit_buckets", {
  key: text().primaryKey(),
  count: integer().notNull(),
  // When the bucket is forgotten (and purged): the window's end, or for a per-account sign-in bucket a day after its last failure.
  windowEndsAt: timestamp({ withTimezone: true }).notNull(),
  // Per-account sign-in buckets: no attempt reaches the password check before this time.
  blockedUntil: timestamp({ withTimezone: true }),
});

export type RateLimitBucket = typeof rateLimitBuckets.$inferSelect;
