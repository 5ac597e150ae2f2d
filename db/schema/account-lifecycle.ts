import { boolean, check, index, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { users } from "./users";

export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** SHA-256 of the token sent by mail; the token itself is never stored. */
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("password_reset_tokens_user_idx").on(table.userId)],
);

/** An OAuth provider account (GitHub, Google) linked to a user. */
export const oauthAccounts = pgTable(
  "oauth_accounts",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    // Whether the provider vouched for the e-mail when this link was made. Links made without it are
    // removed when the owner later proves the address by mail (they could be someone else's).
    emailVerified: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique("oauth_accounts_provider_account_unique").on(table.provider, table.providerAccountId), index("oauth_accounts_user_idx").on(table.userId)],
);

/**
 * 仮登録: a sign-up waiting for its confirmation link. It holds no user data, only what is needed
 * to create the account when the link is opened; purged 7 days after it was made.
 */
export const pendingSignUps = pgTable("pending_sign_ups", {
  email: text().primaryKey(),
  name: text().notNull(),
  passwordHash: text().notNull(),
  /** SHA-256 of the link's token. */
  tokenHash: text().notNull().unique(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const emailTokenKinds = ["confirm", "revert"] as const;
export type EmailTokenKind = (typeof emailTokenKinds)[number];

/**
 * Links mailed to an address of a signed-up user: "confirm" proves `email` (the current address, or
 * the new one of an e-mail change, which takes effect only then); "revert" is sent to the old address
 * after a change and puts it back.
 */
export const emailTokens = pgTable(
  "email_tokens",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text({ enum: emailTokenKinds }).notNull(),
    email: text().notNull(),
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("email_tokens_user_idx").on(table.userId), check("email_tokens_kind_check", sql`${table.kind} in ('confirm', 'revert')`)],
);

/** Development-only outbox read at /dev/mailbox when no SMTP_URL is set. */
export const devMailOutbox = pgTable("dev_mail_outbox", {
  id: uuid().primaryKey().defaultRandom(),
  to: text().notNull(),
  subject: text().notNull(),
  body: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Guides a signed-in user has opened, so the dashboard can suggest ones they have not read. */
export const guideReads = pgTable(
  "guide_reads",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    guideSlug: text().notNull(),
    readAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.guideSlug] })],
);

export type PasswordResetToken = typeof passwordResetTokens.$inferSelect;
export type OauthAccount = typeof oauthAccounts.$inferSelect;
export type DevMail = typeof devMailOutbox.$inferSelect;
export type PendingSignUp = typeof pendingSignUps.$inferSelect;
export type EmailToken = typeof emailTokens.$inferSelect;
