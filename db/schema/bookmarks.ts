import { index, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { BookmarkStatus } from "../vocabulary";
import { listings } from "./listings";
import { users } from "./users";

export const bookmarks = pgTable(
  "bookmarks",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // Listings are closed, never deleted, while someone keeps them: restrict guards that promise.
    listingId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: "restrict" }),
    status: text().$type<BookmarkStatus>().notNull().default("saved"),
    note: text().notNull().default(""),
    /** When each status was first reached, as ISO timestamps. */
    statusHistory: jsonb().$type<Partial<Record<BookmarkStatus, string>>>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (table) => [unique("bookmarks_user_listing_unique").on(table.userId, table.listingId), index("bookmarks_listing_idx").on(table.listingId)],
);

export const savedSearches = pgTable(
  "saved_searches",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    /** The canonical query string of the search (see listingFiltersToQuery), without page. */
    query: text().notNull(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** 新着メール: off, daily or weekly (Monday), at 8:00 Japan time. */
    digest: text({ enum: ["off", "daily", "weekly"] }).notNull().default("off"),
    /** Listings created up to here were in a digest already (or existed when the digest was switched on). */
    digestThrough: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("saved_searches_user_idx").on(table.userId), index("saved_searches_digest_idx").on(table.digest)],
);

export type Bookmark = typeof bookmarks.$inferSelect;
export type SavedSearch = typeof savedSearches.$inferSelect;
