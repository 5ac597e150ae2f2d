import { sql } from "drizzle-orm";
import { check, date, index, integer, numeric, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { PduCategory, TrackingStatus } from "../vocabulary";
import { users } from "./users";

export const trackedCertifications = pgTable(
  "tracked_certifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** content/certifications slug. */
    certificationSlug: text().notNull(),
    status: text().$type<TrackingStatus>().notNull().default("interested"),
    /** Japan-time calendar dates, YYYY-MM-DD. */
    examDate: date(),
    resultDate: date(),
    credentialId: text().notNull().default(""),
    expiresOn: date(),
    note: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (table) => [unique("tracked_certifications_user_slug_unique").on(table.userId, table.certificationSlug)],
);

export const studySessions = pgTable(
  "study_sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    trackedCertificationId: uuid()
      .notNull()
      .references(() => trackedCertifications.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    studiedOn: date().notNull(),
    minutes: integer().notNull(),
    topic: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("study_sessions_tracked_idx").on(table.trackedCertificationId, table.studiedOn),
    index("study_sessions_user_idx").on(table.userId, table.studiedOn),
    check("study_sessions_minutes_check", sql`${table.minutes} between 1 and 1440`),
  ],
);

export const pduEntries = pgTable(
  "pdu_entries",
  {
    id: uuid().primaryKey().defaultRandom(),
    trackedCertificationId: uuid()
      .notNull()
      .references(() => trackedCertifications.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    earnedOn: date().notNull(),
    category: text().$type<PduCategory>().notNull(),
    /** PDUs are claimed in quarter units. */
    units: numeric({ precision: 6, scale: 2, mode: "number" }).notNull(),
    activity: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("pdu_entries_tracked_idx").on(table.trackedCertificationId, table.earnedOn),
    index("pdu_entries_user_idx").on(table.userId),
    check("pdu_entries_units_check", sql`${table.units} > 0`),
  ],
);

export type TrackedCertification = typeof trackedCertifications.$inferSelect;
export type StudySession = typeof studySessions.$inferSelect;
export type PduEntry = typeof pduEntries.$inferSelect;
