import "server-only";
import { and, eq, gt, lt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { pendingSignUps } from "@/db/schema";
import { now } from "@/lib/clock";
import { confirmationExpiry, generateLinkToken, hashLinkToken } from "../link-token";
import { createUser, findUserByEmail, type SessionUser } from "../queries";

/** Unconfirmed registrations are forgotten a week after they were made. */
const PENDING_SIGN_UP_DAYS = 7;

/**
 * 仮登録: keeps (or replaces) the registration waiting for this address, with a fresh link.
 * Nothing else is stored until the link is opened.
 */
export async function savePendingSignUp(input: { name: string; email: string; passwordHash: string }): Promise<string> {
  const db = await getDb();
  const { token, tokenHash } = generateLinkToken();
  const createdAt = now();
  const expiresAt = confirmationExpiry(createdAt);
  await db
    .insert(pendingSignUps)
    .values({ ...input, tokenHash, expiresAt, createdAt })
    .onConflictDoUpdate({ target: pendingSignUps.email, set: { name: input.name, passwordHash: input.passwordHash, tokenHash, expiresAt, createdAt } });
  return token;
}

export type SignUpCompletion = { kind: "created"; user: SessionUser } | { kind: "registered" } | { kind: "expired" };

/**
 * 本登録: the link's registration becomes an account with a confirmed address. Claiming the row is
 * a DELETE … RETURNING, so a link works once even when opened twice at the same moment. If the
 * address got an account meanwhile (a provider sign-in), the registration is simply dropped.
 */
export async function completePendingSignUp(token: string): Promise<SignUpCompletion> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [pending] = await tx
      .delete(pendingSignUps)
      .where(and(eq(pendingSignUps.tokenHash, hashLinkToken(token)), gt(pendingSignUps.expiresAt, now())))
      .returning();
    if (!pending) return { kind: "expired" } as const;
    const user = await createUser({ name: pending.name, email: pending.email, passwordHash: pending.passwordHash, emailVerifiedAt: now() }, tx);
    return user ? ({ kind: "created", user } as const) : ({ kind: "registered" } as const);
  });
}

/** A new link for a waiting registration; null when there is none. */
export async function renewPendingSignUpLink(email: string): Promise<{ token: string; name: string } | null> {
  const db = await getDb();
  const { token, tokenHash } = generateLinkToken();
  const [row] = await db
    .update(pendingSignUps)
    .set({ tokenHash, expiresAt: confirmationExpiry(now()) })
    .where(eq(pendingSignUps.email, email))
    .returning({ name: pendingSignUps.name });
  return row ? { token, name: row.name } : null;
}

export async function purgeStalePendingSignUps(): Promise<number> {
  const db = await getDb();
  const purged = await db
    .delete(pendingSignUps)
    .where(lt(pendingSignUps.createdAt, new Date(now().getTime() - PENDING_SIGN_UP_DAYS * 24 * 60 * 60 * 1000)))
    .returning({ email: pendingSignUps.email });
  return purged.length;
}

export async function isRegistered(email: string): Promise<boolean> {
  return (await findUserByEmail(email)) !== null;
}
