import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";

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

/** "taken" when another account already uses the address. */
export async function updateUserEmail(userId: string, email: string): Promise<"ok" | "taken" | "missing"> {
  const db = await getDb();
  const [other] = await db.select({ id: users.id }).from(users).where(and(eq(users.email, email), ne(users.id, userId))).limit(1);
  if (other) return "taken";
  try {
    const updated = await db.update(users).set({ email }).where(eq(users.id, userId)).returning({ id: users.id });
    return updated.length > 0 ? "ok" : "missing";
  } catch {
    // A concurrent sign-up took the address between the check and the update (unique index).
    return "taken";
  }
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
