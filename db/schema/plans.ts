import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { MilestoneKind, MilestoneStatus } from "../vocabulary";
import { bookmarks } from "./bookmarks";
import { users } from "./users";

export const plans = pgTable(
  "plans",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text().notNull(),
    goalRole: text().notNull(),
    /** Japan-time calendar date, YYYY-MM-DD. */
    targetDate: date(),
    /** The content/paths slug the plan was started from, if any. */
    pathSlug: text(),
    isPrimary: boolean().notNull().default(false),
    archivedAt: timestamp({ withTimezone: true }),
    /** Bumped on every change to the plan or its milestones; a save that names an older version is refused. */
    version: integer().notNull().default(1),
    /** Unguessable token of the read-only public link; null while sharing is off. */
    shareToken: text().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (table) => [
    index("plans_user_idx").on(table.userId),
    uniqueIndex("plans_one_primary_per_user").on(table.userId).where(sql`${table.isPrimary}`),
  ],
);

export const planMilestones = pgTable(
  "plan_milestones",
  {
    id: uuid().primaryKey().defaultRandom(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    // Denormalised owner, so every read and write can be scoped by user without a join.
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    kind: text().$type<MilestoneKind>().notNull(),
    title: text().notNull(),
    dueDate: date(),
    status: text().$type<MilestoneStatus>().notNull().default("todo"),
    doneOn: date(),
    note: text().notNull().default(""),
    /** Catalogue slug of a certification the milestone is about (tracked in certification tracking). */
    certificationSlug: text(),
    bookmarkId: uuid().references(() => bookmarks.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (table) => [
    index("plan_milestones_plan_idx").on(table.planId, table.position),
    index("plan_milestones_user_idx").on(table.userId),
    check("plan_milestones_status_check", sql`${table.status} in ('todo', 'doing', 'done')`),
  ],
);

export type Plan = typeof plans.$inferSelect;
export type PlanMilestone = typeof planMilestones.$inferSelect;
