import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { oauthAccounts, pendingSignUps, users } from "@/db/schema";
import { createUser } from "@/lib/account/queries";
import { now } from "@/lib/clock";

export interface OAuthIdentity {
  provider: string;
  providerAccountId: string;
  email: string | null | undefined;
  name: string | null | undefined;
  /** The provider vouches the address is verified (lib/auth/oauth-policy.ts). */
  emailVerified: boolean;
}

export type OAuthResolution =
  | { kind: "existing" | "linked" | "created"; userId: string }
  | { kind: "refused"; reason: "no-email" | "email-taken" | "unconfirmed" };

/**
 * Finds or creates the user behind a provider sign-in:
 * 1. an account already linked to this provider identity signs in as that user;
 * 2. an existing account with the same e-mail is linked only when the provider verified the e-mail
 *    and the account's owner confirmed it too: otherwise whoever registered the address first
 *    (without proving it) would share the account with its real owner;
 * 3. a new e-mail creates a user without a password, confirmed when the provider vouches for the
 *    address. Such a sign-in replaces a 仮登録 waiting for the address (it holds no data).
 */
export async function resolveOAuthUser(identity: OAuthIdentity): Promise<OAuthResolution> {
  const db = await getDb();
  const linked = await findLinkedUserId(identity.provider, identity.providerAccountId);
  if (linked) return { kind: "existing", userId: linked };
  const email = identity.email?.trim().toLowerCase();
  if (!email) return { kind: "refused", reason: "no-email" };
  const link = { provider: identity.provider, providerAccountId: identity.providerAccountId, emailVerified: identity.emailVerified };
  return db.transaction(async (tx): Promise<OAuthResolution> => {
    const [user] = await tx.select({ id: users.id, emailVerifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.email, email)).limit(1);
    if (user) {
      if (!identity.emailVerified) return { kind: "refused", reason: "email-taken" };
      if (!user.emailVerifiedAt) return { kind: "refused", reason: "unconfirmed" };
      await tx.insert(oauthAccounts).values({ userId: user.id, ...link });
      return { kind: "linked", userId: user.id };
    }
    if (identity.emailVerified) await tx.delete(pendingSignUps).where(eq(pendingSignUps.email, email));
    const name = (identity.name ?? email.split("@")[0] ?? "").slice(0, 50) || "ユーザー";
    const created = await createUser({ email, name, passwordHash: null, emailVerifiedAt: identity.emailVerified ? now() : null }, tx);
    if (!created) return { kind: "refused", reason: "email-taken" };
    await tx.insert(oauthAccounts).values({ userId: created.id, ...link });
    return { kind: "created", userId: created.id };
  });
}

export async function findLinkedUserId(provider: string, providerAccountId: string): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    .select({ userId: oauthAccounts.userId })
    .from(oauthAccounts)
    .where(and(eq(oauthAccounts.provider, provider), eq(oauthAccounts.providerAccountId, providerAccountId)))
    .limit(1);
  return row?.userId ?? null;
}

/** The providers (GitHub, Google) linked to the user, for 本人確認 by signing in again through one of them. */
export async function listLinkedProviders(userId: string): Promise<string[]> {
  const db = await getDb();
  const rows = await db.selectDistinct({ provider: oauthAccounts.provider }).from(oauthAccounts).where(eq(oauthAccounts.userId, userId));
  return rows.map((row) => row.provider).sort();
}
