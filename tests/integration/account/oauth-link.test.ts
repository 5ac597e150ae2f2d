import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setActiveDatabase } from "@/db/client";
import { oauthAccounts, pendingSignUps } from "@/db/schema";
import { createUser, findUserByEmail } from "@/lib/account/queries";
import { signUpSchema } from "@/lib/account/schema";
import { completePendingSignUp } from "@/lib/account/sign-up/queries";
import { requestSignUp } from "@/lib/account/sign-up/request";
import { authorizeWithPassword } from "@/lib/auth/authorize";
import { resolveOAuthUser } from "@/lib/auth/queries";
import { resetEnvCache } from "@/lib/env";
import { createTestDatabase, drivers, type TestDatabase } from "../support/databases";
import { tokenFromMail } from "./support/mailbox";

const signIn = (email: string, password: string) =>
  authorizeWithPassword({ email, password }, new Request("http://localhost/api/auth/callback/credentials", { headers: { "x-forwarded-for": "198.51.100.99" } }));
const google = (id: string, email: string) => ({ provider: "google", providerAccountId: id, email, name: "Google User", emailVerified: true });

describe.each(drivers)("OAuth account linking on %s", (driver) => {
  let test: TestDatabase;
  let confirmed: string;

  beforeAll(async () => {
    test = await createTestDatabase(driver);
    setActiveDatabase(test.database);
    confirmed = (await createUser({ name: "Taken", email: "taken@example.com", passwordHash: "x", emailVerifiedAt: new Date() }))!.id;
    // An account from before confirmation existed: it works, but its address was never proved.
    await createUser({ name: "Legacy", email: "legacy@example.com", passwordHash: "x" });
  });
  afterAll(async () => {
    delete process.env.ADMIN_EMAILS;
    resetEnvCache();
    await test.drop();
  });

  it("creates a password-less user for a new e-mail and signs the same identity in again", async () => {
    const identity = { provider: "github", providerAccountId: "101", email: "New@Example.com", name: "新規", emailVerified: false };
    expect((await resolveOAuthUser(identity)).kind).toBe("created");
    const user = await findUserByEmail("new@example.com");
    expect(user?.passwordHash).toBeNull();
    // GitHub does not vouch for the address: the account is not confirmed.
    expect(user?.emailVerifiedAt).toBeNull();
    expect(await resolveOAuthUser({ ...identity, email: "changed@example.com" })).toEqual({ kind: "existing", userId: user!.id });
  });

  it("does not link an unverified e-mail to an existing account", async () => {
    expect(await resolveOAuthUser({ provider: "github", providerAccountId: "202", email: "taken@example.com", name: "x", emailVerified: false })).toEqual({
      kind: "refused",
      reason: "email-taken",
    });
  });

  it("links a provider-verified e-mail to an account whose owner confirmed it", async () => {
    expect(await resolveOAuthUser(google("g-1", "taken@example.com"))).toEqual({ kind: "linked", userId: confirmed });
  });

  it("refuses to link a provider-verified e-mail to an account that never confirmed it", async () => {
    expect(await resolveOAuthUser(google("g-legacy", "legacy@example.com"))).toEqual({ kind: "refused", reason: "unconfirmed" });
    expect(await test.database.db.select().from(oauthAccounts).where(eq(oauthAccounts.providerAccountId, "g-legacy"))).toEqual([]);
  });

  it("cannot be pre-registered against: the victim's Google sign-in replaces the attacker's 仮登録, whose password then opens nothing", async () => {
    await requestSignUp(signUpSchema.parse({ name: "攻撃者", email: "victim@gmail.com", password: "attacker-pass-2026" }), "203.0.113.66");
    const attackerLink = await tokenFromMail("victim@gmail.com", "/sign-up/confirm");
    const resolution = await resolveOAuthUser(google("g-victim", "victim@gmail.com"));
    expect(resolution.kind).toBe("created");
    const victim = await findUserByEmail("victim@gmail.com");
    expect(victim?.passwordHash).toBeNull();
    expect(victim?.name).toBe("Google User");
    expect(await test.database.db.select().from(pendingSignUps).where(eq(pendingSignUps.email, "victim@gmail.com"))).toEqual([]);
    expect(await signIn("victim@gmail.com", "attacker-pass-2026")).toBeNull();
    // The link in the victim's mailbox (sent by the attacker's sign-up) opens nothing either.
    expect((await completePendingSignUp(attackerLink)).kind).toBe("expired");
  });

  it("gives ADMIN_EMAILS the admin role only through an address the provider vouches for", async () => {
    process.env.ADMIN_EMAILS = "chief@example.com,chief2@example.com";
    resetEnvCache();
    await resolveOAuthUser({ provider: "github", providerAccountId: "gh-chief", email: "chief@example.com", name: "x", emailVerified: false });
    expect((await findUserByEmail("chief@example.com"))?.role).toBe("user");
    await resolveOAuthUser(google("g-chief2", "chief2@example.com"));
    expect((await findUserByEmail("chief2@example.com"))?.role).toBe("admin");
  });

  it("refuses a provider identity without an e-mail", async () => {
    expect(await resolveOAuthUser({ provider: "github", providerAccountId: "303", email: null, name: "x", emailVerified: false })).toEqual({ kind: "refused", reason: "no-email" });
  });
});
