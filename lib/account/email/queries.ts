import "server-only";
import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { emailTokens, oauthAccounts, passwordResetTokens, users, type EmailTokenKind } from "@/db/schema";
import { now } from "@/lib/clock";
import { isBootstrapAdmin } from "@/lib/env";
import { confirmationExpiry, generateLinkToken, hashLinkToken, revertExpiry } from "../link-token";

/** Whether the signed-in user's address is confirmed, for the 「メールアドレスを確認してください」 notice. */
export async function getEmailStatus(userId: string): Promise<{ email: string; confirmed: boolean } | null> {
  const db = await getDb();
  const [user] = await db.select({ email: users.email, verifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, userId)).limit(1);
  return user ? { email: user.email, confirmed: user.verifiedAt !== null } : null;
}

/** A link for `email`: confirming it (the current address, or the new one of a change), or putting an old address back. */
export async function issueEmailToken(userId: string, kind: EmailTokenKind, email: string, tx?: Db): Promise<string> {
  const db = tx ?? (await getDb());
  const { token, tokenHash } = generateLinkToken();
  const issuedAt = now();
  // Only the newest confirmation link works: an earlier change request is withdrawn by a later one.
  if (kind === "confirm") await retireEmailTokens(db, userId, "confirm");
  await db.insert(emailTokens).values({ userId, kind, email, tokenHash, expiresAt: kind === "confirm" ? confirmationExpiry(issuedAt) : revertExpiry(issuedAt), createdAt: issuedAt });
  return token;
}

async function retireEmailTokens(db: Db, userId: string, kind: EmailTokenKind) {
  await db.update(emailTokens).set({ usedAt: now() }).where(and(eq(emailTokens.userId, userId), eq(emailTokens.kind, kind), isNull(emailTokens.usedAt)));
}

async function claimEmailToken(db: Db, kind: EmailTokenKind, token: string) {
  const [claimed] = await db
    .update(emailTokens)
    .set({ usedAt: now() })
    .where(and(eq(emailTokens.tokenHash, hashLinkToken(token)), eq(emailTokens.kind, kind), isNull(emailTokens.usedAt), gt(emailTokens.expiresAt, now())))
    .returning({ userId: emailTokens.userId, email: emailTokens.email });
  return claimed ?? null;
}

/**
 * The owner now controls the account's address: it counts as confirmed, ADMIN_EMAILS applies, open
 * reset links (sent to whatever address was there before) stop working, and provider links made
 * without the provider vouching for the address go, since they could be someone else's.
 */
export async function markAddressProven(db: Db, userId: string, email: string) {
  await db
    .update(users)
    .set({ email, emailVerifiedAt: now(), ...(isBootstrapAdmin(email) ? { role: "admin" as const } : {}) })
    .where(eq(users.id, userId));
  await db.delete(oauthAccounts).where(and(eq(oauthAccounts.userId, userId), eq(oauthAccounts.emailVerified, false)));
}

async function retireResetLinks(db: Db, userId: string) {
  await db.update(passwordResetTokens).set({ usedAt: now() }).where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)));
}

export type EmailConfirmation =
  | { kind: "confirmed"; userId: string; email: string }
  | { kind: "changed"; userId: string; email: string; oldEmail: string; name: string; revertToken: string }
  | { kind: "taken" }
  | { kind: "expired" };

/**
 * Opening a confirmation link. For the current address it only confirms it; for a new address the
 * change takes effect now (never before), and a link to undo it is made for the old address.
 */
export async function confirmEmailToken(token: string): Promise<EmailConfirmation> {
  const db = await getDb();
  return db.transaction(async (tx): Promise<EmailConfirmation> => {
    const claimed = await claimEmailToken(tx, "confirm", token);
    if (!claimed) return { kind: "expired" };
    const [user] = await tx.select({ email: users.email, name: users.name }).from(users).where(eq(users.id, claimed.userId)).limit(1);
    if (!user) return { kind: "expired" };
    if (user.email === claimed.email) {
      await markAddressProven(tx, claimed.userId, claimed.email);
      return { kind: "confirmed", userId: claimed.userId, email: claimed.email };
    }
    if (await takenByAnother(tx, claimed.email, claimed.userId)) return { kind: "taken" };
    await markAddressProven(tx, claimed.userId, claimed.email);
    await retireResetLinks(tx, claimed.userId);
    const revertToken = await issueEmailToken(claimed.userId, "revert", user.email, tx);
    return { kind: "changed", userId: claimed.userId, email: claimed.email, oldEmail: user.email, name: user.name, revertToken };
  });
}

/**
 * The old address's owner undoes a change they did not make: the address goes back, every session
 * ends (whoever changed it is signed out), and links sent meanwhile stop working.
 */
export async function revertEmailChange(token: string): Promise<{ email: string } | { kind: "taken" } | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const claimed = await claimEmailToken(tx, "revert", token);
    if (!claimed) return null;
    if (await takenByAnother(tx, claimed.email, claimed.userId)) return { kind: "taken" } as const;
    await tx.update(users).set({ email: claimed.email, emailVerifiedAt: now(), sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, claimed.userId));
    await retireResetLinks(tx, claimed.userId);
    await retireEmailTokens(tx, claimed.userId, "confirm");
    return { email: claimed.email };
  });
}

async function takenByAnother(db: Db, email: string, userId: string): Promise<boolean> {
  const [other] = await db.select({ id: users.id }).from(users).where(and(eq(users.email, email), ne(users.id, userId))).limit(1);
  return Boolean(other);
}

export async function isEmailTaken(email: string, exceptUserId: string): Promise<boolean> {
  return takenByAnother(await getDb(), email, exceptUserId);
}
