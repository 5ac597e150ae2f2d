import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { PmoTypeSlug } from "../vocabulary";
import { users } from "./users";

export const selfCheckResults = pgTable(
  "self_check_results",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** One digit per question, as answered; the score is recomputed from it, never trusted from a client. */
    answers: text().notNull(),
    suitability: integer().notNull(),
    bestType: text().$type<PmoTypeSlug>().notNull(),
    typeScores: jsonb().$type<Record<PmoTypeSlug, number>>().notNull(),
    takenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("self_check_results_user_taken_idx").on(table.userId, table.takenAt)],
);

export type SelfCheckRecord = typeof selfCheckResults.$inferSelect;
