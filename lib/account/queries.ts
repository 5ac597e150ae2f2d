import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, type User, type UserRole } from "@/db/schema";
import { isBootstrapAdmin } from "@/lib/env";

export type SessionUser = Pick<User, "id" | "name" | "email" | "role" | "sessionVersion">;

const sessionColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  sessionVersion: users.sessionVersion,
};

/** Inserts a user; returns null when the e-mail is already registered. */
export async function createUser(input: { name: string; email: string; passwordHash: string }): Promise<SessionUser | null> {
  const db = await getDb();
  const role = isBootstrapAdmin(input.email) ? "admin" : "user";
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
