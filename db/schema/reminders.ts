import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

export const reminderKinds = ["exam", "renewal", "milestone", "follow-up", "expiry", "digest"] as const;
export type ReminderKind = (typeof reminderKinds)[number];
export const reminderMailStatuses = ["pending", "sending", "sent", "failed", "not-mailed"] as const;
export type ReminderMailStatus = (typeof reminderMailStatuses)[number];

/** Which reminder kinds a user gets by mail; no row means the defaults (lib/reminders/vocabulary.ts). */
export const reminderPreferences = pgTable("reminder_preferences", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  exam: boolean().notNull().default(true),
  renewal: boolean().notNull().default(true),
  milestone: boolean().notNull().default(true),
  followUp: boolean().notNull().default(true),
  expiry: boolean().notNull().default(true),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * One reminder: shown as お知らせ on /me and, when the kind is switched on, mailed. `key` makes it
 * once per user × kind × subject × date (the scheduler inserts with ON CONFLICT DO NOTHING), and
 * the mail columns are the outbox that instances claim with FOR UPDATE SKIP LOCKED.
 */
export const reminders = pgTable(
  "reminders",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text({ enum: reminderKinds }).notNull(),
    /** kind:subject:date[:lead], e.g. exam:<tracked id>:2027-03-01:7 */
    key: text().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    /** A path of this site the お知らせ links to. */
    link: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
    mailStatus: text({ enum: reminderMailStatuses }).notNull(),
    attempts: integer().notNull().default(0),
    /** When a pending mail may be tried (again); when a claimed one may be taken over if its sender died. */
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
    lastError: text(),
  },
  (table) => [
    uniqueIndex("reminders_user_key_unique").on(table.userId, table.key),
    index("reminders_user_created_idx").on(table.userId, table.createdAt),
    index("reminders_outbox_idx").on(table.mailStatus, table.nextAttemptAt),
    check("reminders_kind_check", sql`${table.kind} in ('exam', 'renewal', 'milestone', 'follow-up', 'expiry', 'digest')`),
    check("reminders_mail_status_check", sql`${table.mailStatus} in ('pending', 'sending', 'sent', 'failed', 'not-mailed')`),
  ],
);

export type Reminder = typeof reminders.$inferSelect;
export type ReminderPreferences = typeof reminderPreferences.$inferSelect;
