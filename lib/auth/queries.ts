import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { oauthAccounts, users } from "@/db/schema";
import { isBootstrapAdmin } from "@/lib/env";

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
  | { kind: "refused"; reason: "no-email" | "email-taken" };

/**
 * Finds or creates the user behind a provider sign-in:
 * 1. an account already linked to this provider identity signs in as that user;
 * 2. an existing user with the same e-mail is linked only when the provider verified the e-mail
 *    (otherwise anyone could add a victim's address at the provider and take over the account);
 * 3. a new e-mail creates a user without a password.
 */
export async function resolveOAuthUser(identity: OAuthIdentity): Promise<OAuthResolution> {
  const db = await getDb();
  const linked = await findLinkedUserId(identity.provider, identity.providerAccountId);
  if (linked) return { kind: "existing", userId: linked };
  const email = identity.email?.trim().toLowerCase();
  if (!email) return { kind: "refused", reason: "no-email" };
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
    if (user && !identity.emailVerified) return { kind: "refused", reason: "email-taken" } as const;
    const userId =
      user?.id ??
      (
        await tx
          .insert(users)
          .values({ email, name: (identity.name ?? email.split("@")[0] ?? "").slice(0, 50) || "ユーザー", role: identity.emailVerified && isBootstrapAdmin(email) ? "admin" : "user" })
          .returning({ id: users.id })
      )[0]!.id;
    await tx.insert(oauthAccounts).values({ userId, provider: identity.provider, providerAccountId: identity.providerAccountId });
    return { kind: user ? "linked" : "created", userId } as const;
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
