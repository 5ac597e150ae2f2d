import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { devMailOutbox, passwordResetTokens, users, type User, type UserRole } from "@/db/schema";
import { isBootstrapAdmin } from "@/lib/env";
import { buildAccountExport, toExportRow, type AccountExport } from "./export-format";
import { deleteBucketsNaming } from "@/lib/rate-limit/queries";
import { markAddressProven } from "./email/queries";
import { ownedTables } from "./owned-data";
import { generateLinkToken, hashLinkToken, resetTokenExpiry } from "./link-token";

export type SessionUser = Pick<User, "id" | "name" | "email" | "role" | "sessionVersion">;

const sessionColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  sessionVersion: users.sessionVersion,
};

/**
 * Inserts a user; returns null when the e-mail is already registered. ADMIN_EMAILS makes an admin
 * only of an address the owner has confirmed (`emailVerifiedAt`).
 */
export async function createUser(
  input: { name: string; email: string; passwordHash: string | null; emailVerifiedAt?: Date | null },
  tx?: Db,
): Promise<SessionUser | null> {
  const db = tx ?? (await getDb());
  const role = input.emailVerifiedAt && isBootstrapAdmin(input.email) ? "admin" : "user";
  const [created] = await db.insert(users).values({ ...input, role }).onConflictDoNothing({ target: users.email }).returning(sessionColumns);
  return created ?? null;
}

export async function findUserByEmail(email: string): Promise<User | null> {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return user ?? null;
}

export async function getSessionUser(userId: string): Promise<SessionUser | null> {
  const db = await getDb();
  const [user] = await db.select(sessionColumns).from(users).where(eq(users.id, userId)).limit(1);
  return user ?? null;
}

export async function setUserRole(email: string, role: UserRole): Promise<boolean> {
  const db = await getDb();
  const updated = await db.update(users).set({ role }).where(eq(users.email, email)).returning({ id: users.id });
  return updated.length > 0;
}

// ---- Settings

export async function getPasswordHash(userId: string): Promise<{ email: string; passwordHash: string | null } | null> {
  const db = await getDb();
  const [user] = await db.select({ email: users.email, passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).limit(1);
  return user ?? null;
}

export async function updateUserName(userId: string, name: string): Promise<boolean> {
  const db = await getDb();
  const updated = await db.update(users).set({ name }).where(eq(users.id, userId)).returning({ id: users.id });
  return updated.length > 0;
}

/** Sets a new password hash (when given) and ends every session issued before now. */
export async function revokeSessions(userId: string, passwordHash?: string): Promise<boolean> {
  const db = await getDb();
  const updated = await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, ...(passwordHash ? { passwordHash } : {}) })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  return updated.length > 0;
}

// ---- Password reset

/** A fresh single-use token for the user with that e-mail, or null when there is no such user. */
export async function createPasswordResetToken(email: string, now = new Date()): Promise<{ token: string; userName: string } | null> {
  const db = await getDb();
  const [user] = await db.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, email)).limit(1);
  if (!user) return null;
  const { token, tokenHash } = generateLinkToken();
  await db.insert(passwordResetTokens).values({ userId: user.id, tokenHash, expiresAt: resetTokenExpiry(now) });
  return { token, userName: user.name };
}

/** Whether the token can still be used (for showing the form); does not consume it. */
export async function isPasswordResetTokenValid(token: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ id: passwordResetTokens.id })
    .from(passwordResetTokens)
    .where(and(eq(passwordResetTokens.tokenHash, hashLinkToken(token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, sql`now()`)))
    .limit(1);
  return Boolean(row);
}

/**
 * Sets the new password if the token is unused and unexpired. Marking it used is a conditional
 * update, so two requests with one token cannot both succeed. The password change bumps
 * sessionVersion (every existing session ends) and retires the user's other open tokens.
 */
export async function resetPasswordWithToken(token: string, passwordHash: string): Promise<{ email: string } | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: sql`now()` })
      .where(and(eq(passwordResetTokens.tokenHash, hashLinkToken(token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, sql`now()`)))
      .returning({ userId: passwordResetTokens.userId });
    if (!claimed) return null;
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: sql`now()` })
      .where(and(eq(passwordResetTokens.userId, claimed.userId), isNull(passwordResetTokens.usedAt)));
    const [user] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, claimed.userId))
      .returning({ email: users.email });
    // The link reached the account's mailbox: that confirms the address (lib/account/email/queries.ts).
    if (user) await markAddressProven(tx, claimed.userId, user.email);
    return user ?? null;
  });
}

// ---- Export and deletion

/** Everything the user owns, as one JSON document; null when the user does not exist. */
export async function exportAccount(userId: string, now = new Date()): Promise<AccountExport | null> {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user) return null;
  const tables: AccountExport["tables"] = {};
  for (const owned of ownedTables) {
    const rows = (await db.select().from(owned.table).where(eq(owned.userId, userId))) as Record<string, unknown>[];
    tables[owned.name] = rows.map((row) => toExportRow(row, owned.omit));
  }
  return buildAccountExport(user, tables, now);
}

/**
 * Deletes the user and every row they own in one transaction: either all of it goes or none.
 * Rows are deleted explicitly rather than left to ON DELETE CASCADE, so a table added later
 * without a cascade still cannot keep a deleted user's data (the integration test checks both).
 */
export async function deleteAccount(userId: string): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId)).limit(1);
    if (!user) return false;
    for (const owned of ownedTables) {
      await tx.delete(owned.table).where(eq(owned.userId, userId));
    }
    // Development outbox mail addressed to them is theirs too, and so are the rate-limit buckets naming them.
    await tx.delete(devMailOutbox).where(eq(devMailOutbox.to, user.email));
    await deleteBucketsNaming(tx, user.email);
    await tx.delete(users).where(eq(users.id, userId));
    return true;
  });
}
