import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import {
  bookmarks,
  careerProfiles,
  careerProjects,
  emailTokens,
  guideReads,
  oauthAccounts,
  passwordResetTokens,
  pduEntries,
  planMilestones,
  plans,
  savedSearches,
  reminders,
  reminderPreferences,
  selfCheckResults,
  studySessions,
  trackedCertifications,
  userSessions,
} from "@/db/schema";

export interface OwnedTable {
  /** The SQL table name; also the key in the export file. */
  name: string;
  table: PgTable;
  userId: AnyPgColumn;
  /** Columns never written to an export (secrets). */
  omit?: string[];
}

/**
 * Every table with rows a user owns (a `user_id` column). Export and deletion both walk this
 * list, children before parents; tests/integration/account/owned-data.test.ts fails when a
 * table with a user_id column is missing from it.
 */
export const ownedTables: OwnedTable[] = [
  { name: "career_projects", table: careerProjects, userId: careerProjects.userId },
  { name: "career_profiles", table: careerProfiles, userId: careerProfiles.userId },
  { name: "plan_milestones", table: planMilestones, userId: planMilestones.userId },
  { name: "plans", table: plans, userId: plans.userId },
  { name: "study_sessions", table: studySessions, userId: studySessions.userId },
  { name: "pdu_entries", table: pduEntries, userId: pduEntries.userId },
  { name: "tracked_certifications", table: trackedCertifications, userId: trackedCertifications.userId },
  { name: "bookmarks", table: bookmarks, userId: bookmarks.userId },
  { name: "saved_searches", table: savedSearches, userId: savedSearches.userId },
  { name: "reminders", table: reminders, userId: reminders.userId },
  { name: "reminder_preferences", table: reminderPreferences, userId: reminderPreferences.userId },
  { name: "self_check_results", table: selfCheckResults, userId: selfCheckResults.userId },
  { name: "guide_reads", table: guideReads, userId: guideReads.userId },
  { name: "oauth_accounts", table: oauthAccounts, userId: oauthAccounts.userId },
  { name: "email_tokens", table: emailTokens, userId: emailTokens.userId, omit: ["tokenHash"] },
  { name: "sessions", table: userSessions, userId: userSessions.userId, omit: ["identityTokenHash"] },
  { name: "password_reset_tokens", table: passwordResetTokens, userId: passwordResetTokens.userId, omit: ["tokenHash"] },
];
