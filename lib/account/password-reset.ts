import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { passwordResetTokens, users } from "@/db/schema";
import { generateResetToken, hashResetToken, resetTokenExpiry } from "./reset-token";

/** A fresh single-use token for the user with that e-mail, or null when there is no such user. */
export async function createPasswordResetToken(email: string, now = new Date()): Promise<{ token: string; userName: string } | null> {
  const db = await getDb();
  const [user] = await db.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, email)).limit(1);
  if (!user) return null;
  const { token, tokenHash } = generateResetToken();
  await db.insert(passwordResetTokens).values({ userId: user.id, tokenHash, expiresAt: resetTokenExpiry(now) });
  return { token, userName: user.name };
}

/** Whether the token can still be used (for showing the form); does not consume it. */
export async function isPasswordResetTokenValid(token: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ id: passwordResetTokens.id })
    .from(passwordResetTokens)
    .where(and(eq(passwordResetTokens.tokenHash, hashResetToken(token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, sql`now()`)))
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
      .where(and(eq(passwordResetTokens.tokenHash, hashResetToken(token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, sql`now()`)))
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
    return user ?? null;
  });
}
