import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setActiveDatabase } from "@/db/client";
import { createUser, findUserByEmail } from "@/lib/account/queries";
import { resolveOAuthUser } from "@/lib/auth/queries";
import { createTestDatabase, drivers, type TestDatabase } from "../support/databases";

describe.each(drivers)("OAuth account linking on %s", (driver) => {
  let test: TestDatabase;
  let existing: string;

  beforeAll(async () => {
    test = await createTestDatabase(driver);
    setActiveDatabase(test.database);
    existing = (await createUser({ name: "Taken", email: "taken@example.com", passwordHash: "x" }))!.id;
  });
  afterAll(() => test.drop());

  it("creates a password-less user for a new e-mail and signs the same identity in again", async () => {
    const identity = { provider: "github", providerAccountId: "101", email: "New@Example.com", name: "新規", emailVerified: false };
    const created = await resolveOAuthUser(identity);
    expect(created.kind).toBe("created");
    const user = await findUserByEmail("new@example.com");
    expect(user?.passwordHash).toBeNull();
    expect(await resolveOAuthUser({ ...identity, email: "changed@example.com" })).toEqual({ kind: "existing", userId: user!.id });
  });

  it("does not link an unverified e-mail to an existing account", async () => {
    expect(await resolveOAuthUser({ provider: "github", providerAccountId: "202", email: "taken@example.com", name: "x", emailVerified: false })).toEqual({
      kind: "refused",
      reason: "email-taken",
    });
  });

  it("links a provider-verified e-mail to the existing account", async () => {
    expect(await resolveOAuthUser({ provider: "google", providerAccountId: "g-1", email: "taken@example.com", name: "x", emailVerified: true })).toEqual({
      kind: "linked",
      userId: existing,
    });
  });

  it("refuses a provider identity without an e-mail", async () => {
    expect(await resolveOAuthUser({ provider: "github", providerAccountId: "303", email: null, name: "x", emailVerified: false })).toEqual({ kind: "refused", reason: "no-email" });
  });
});
