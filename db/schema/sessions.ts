import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * One row per sign-in. The JWT carries the row's id; the `jwt` callback refuses a token whose row
 * is missing, ended (sign-out, 「ログアウト」 from the device list) or past its absolute lifetime.
 */
export const userSessions = pgTable(
  "sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Written at most every few minutes (lib/sessions/lifetime.ts), not on every request. */
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** As the browser sent it at sign-in, cut to a bounded length. */
    userAgent: text().notNull().default(""),
    /** users.session_version at sign-in: once it is bumped (password change, sign-out everywhere) the row is dead too. */
    sessionVersion: integer().notNull().default(0),
    endedAt: timestamp({ withTimezone: true }),
    /** When the owner last proved who they are in this session without a password (本人確認: provider or mailed link). */
    identityConfirmedAt: timestamp({ withTimezone: true }),
    /** SHA-256 of the newest 本人確認 link mailed for this session; the link works only in this session. */
    identityTokenHash: text(),
    identityTokenExpiresAt: timestamp({ withTimezone: true }),
  },
  (table) => [index("sessions_user_idx").on(table.userId, table.createdAt)],
);

export type UserSession = typeof userSessions.$inferSelect;
