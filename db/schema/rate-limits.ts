import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// Fixed-window counters shared by every app instance (sign-in attempts and the like).
export const rateLimitBuckets = pgTable("rate_limit_buckets", {
  key: text().primaryKey(),
  count: integer().notNull(),
  windowEndsAt: timestamp({ withTimezone: true }).notNull(),
});

export type RateLimitBucket = typeof rateLimitBuckets.$inferSelect;
