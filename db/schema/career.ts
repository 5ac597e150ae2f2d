import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { BudgetBand, CareerEmploymentType, CareerPhase, Industry, PmoTypeSlug } from "../vocabulary";
import { users } from "./users";

/** One achievement told as situation → action → result; any part may still be empty. */
export interface CareerAchievement {
  situation: string;
  action: string;
  result: string;
}

/**
 * A project in the user's work history. Only the title is required, so a project can be saved
 * half-filled on a phone and completed later; every document leaves out what is still empty.
 */
export const careerProjects = pgTable(
  "career_projects",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The user's own order of the list (the documents' "custom" order). */
    position: integer().notNull(),
    title: text().notNull(),
    /** Calendar months, "YYYY-MM": 職務経歴書 and PMI both count in months. */
    startMonth: text(),
    endMonth: text(),
    ongoing: boolean().notNull().default(false),
    /** The company the user worked for (or contracted with) on the project; documents group by it. */
    company: text().notNull().default(""),
    companyNamed: boolean().notNull().default(true),
    /** What documents say instead of the name when it may not be named (「大手SIer」). */
    companyAlias: text().notNull().default(""),
    employmentType: text().$type<CareerEmploymentType>(),
    /** The client or business the project was for, worded as the user wants it shown (「大手損害保険会社」). */
    client: text().notNull().default(""),
    industry: text().$type<Industry>(),
    teamSize: integer(),
    budgetBand: text().$type<BudgetBand>(),
    role: text().notNull().default(""),
    pmoType: text().$type<PmoTypeSlug>(),
    phases: text().array().$type<CareerPhase[]>().notNull().default(sql`'{}'::text[]`),
    methods: text().array().notNull().default(sql`'{}'::text[]`),
    tools: text().array().notNull().default(sql`'{}'::text[]`),
    /** One responsibility a line. */
    responsibilities: text().notNull().default(""),
    achievements: jsonb().$type<CareerAchievement[]>().notNull().default([]),
    certificationSlugs: text().array().notNull().default(sql`'{}'::text[]`),
    skills: text().array().notNull().default(sql`'{}'::text[]`),
    /** Whether the user led or directed this project, so it counts towards PMP experience months. */
    countsForPmp: boolean().notNull().default(true),
    // The PMP application's project description, in English, part by part.
    pmpObjective: text().notNull().default(""),
    pmpRole: text().notNull().default(""),
    pmpResponsibilities: text().notNull().default(""),
    pmpDeliverables: text().notNull().default(""),
    pmpOutcome: text().notNull().default(""),
    /** Bumped on every save; a save that names an older version is refused instead of overwriting. */
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (table) => [
    index("career_projects_user_idx").on(table.userId, table.position),
    check("career_projects_start_month_check", sql`${table.startMonth} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check("career_projects_end_month_check", sql`${table.endMonth} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check("career_projects_period_check", sql`${table.endMonth} is null or ${table.startMonth} is null or ${table.endMonth} >= ${table.startMonth}`),
    check("career_projects_team_size_check", sql`${table.teamSize} is null or ${table.teamSize} between 1 and 100000`),
  ],
);

/** What a 職務経歴書 says about the person rather than one project; one row per user, made on first save. */
export const careerProfiles = pgTable("career_profiles", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** The name printed on a 職務経歴書 (the account name is often a nickname). */
  fullName: text().notNull().default(""),
  /** How a skill sheet names the person: agents often pass on initials only. */
  sheetName: text().notNull().default(""),
  summary: text().notNull().default(""),
  /** 活かせる経験・知識・技術, one a line. */
  strengths: text().notNull().default(""),
  /** Qualifications outside the certification tracker (licences, language tests), one a line. */
  otherQualifications: text().notNull().default(""),
  selfPr: text().notNull().default(""),
  version: integer().notNull().default(1),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
});

export type CareerProject = typeof careerProjects.$inferSelect;
export type CareerProfile = typeof careerProfiles.$inferSelect;
