import { sql } from "drizzle-orm";
import { check, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const userRoles = ["user", "admin"] as const;
export type UserRole = (typeof userRoles)[number];

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    // Always stored trimmed and lower-cased (see lib/account/schema.ts), so a plain unique index is enough.
    email: text().notNull().unique(),
    name: text().notNull(),
    // Null for accounts that only ever sign in through an OAuth provider.
    passwordHash: text(),
    role: text({ enum: userRoles }).notNull().default("user"),
    // When the owner proved the address (confirmation link, password reset or a provider that vouches
    // for it). Null for accounts made before confirmation existed: they work, but are never linked to
    // an OAuth identity or made admin by ADMIN_EMAILS until confirmed.
    emailVerifiedAt: timestamp({ withTimezone: true }),
    // Bumped to revoke every JWT issued before (sign out everywhere, password change).
    sessionVersion: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (table) => [check("users_role_check", sql`${table.role} in ('user', 'admin')`)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
