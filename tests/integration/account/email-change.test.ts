import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setActiveDatabase } from "@/db/client";
import { confirmEmailToken, issueEmailToken, revertEmailChange } from "@/lib/account/email/queries";
import { createPasswordResetToken, findUserByEmail, createUser, isPasswordResetTokenValid, resetPasswordWithToken } from "@/lib/account/queries";
import { resolveOAuthUser } from "@/lib/auth/queries";
import { createTestDatabase, drivers, type TestDatabase } from "../support/databases";

describe.each(drivers)("e-mail confirmation and change on %s", (driver) => {
  let test: TestDatabase;
  let userId: string;

  beforeAll(async () => {
    test = await createTestDatabase(driver);
    setActiveDatabase(test.database);
    userId = (await createUser({ name: "変更", email: "old@example.com", passwordHash: "x", emailVerifiedAt: new Date() }))!.id;
  });
  afterAll(() => test.drop());

  it("changes nothing until the link sent to the new address is opened", async () => {
    const token = await issueEmailToken(userId, "confirm", "someone-else@gmail.com");
    expect(await findUserByEmail("someone-else@gmail.com")).toBeNull();
    expect((await findUserByEmail("old@example.com"))?.id).toBe(userId);
    const result = await confirmEmailToken(token);
    expect(result).toMatchObject({ kind: "changed", email: "someone-else@gmail.com", oldEmail: "old@example.com" });
    expect((await findUserByEmail("someone-else@gmail.com"))?.id).toBe(userId);
    expect((await confirmEmailToken(token)).kind).toBe("expired");
  });

  it("retires reset links sent to the old address when the change takes effect", async () => {
    const user = (await createUser({ name: "R", email: "reset-old@example.com", passwordHash: "x", emailVerifiedAt: new Date() }))!;
    const link = (await createPasswordResetToken("reset-old@example.com"))!;
    expect(await isPasswordResetTokenValid(link.token)).toBe(true);
    await confirmEmailToken(await issueEmailToken(user.id, "confirm", "reset-new@example.com"));
    expect(await isPasswordResetTokenValid(link.token)).toBe(false);
    expect(await resetPasswordWithToken(link.token, "new-hash")).toBeNull();
  });

  it("lets the old address undo the change, ending every session", async () => {
    const user = (await createUser({ name: "U", email: "undo@example.com", passwordHash: "x", emailVerifiedAt: new Date() }))!;
    const result = await confirmEmailToken(await issueEmailToken(user.id, "confirm", "hijack@example.com"));
    if (result.kind !== "changed") throw new Error(result.kind);
    expect(await revertEmailChange(result.revertToken)).toEqual({ email: "undo@example.com" });
    const restored = await findUserByEmail("undo@example.com");
    expect(restored?.id).toBe(user.id);
    expect(restored?.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await findUserByEmail("hijack@example.com")).toBeNull();
    expect(await revertEmailChange(result.revertToken)).toBeNull();
  });

  it("only the newest confirmation link works, and a taken address is refused when opened", async () => {
    const first = await issueEmailToken(userId, "confirm", "first@example.com");
    const second = await issueEmailToken(userId, "confirm", "second@example.com");
    expect((await confirmEmailToken(first)).kind).toBe("expired");
    await createUser({ name: "先", email: "second@example.com", passwordHash: "x" });
    expect((await confirmEmailToken(second)).kind).toBe("taken");
  });

  it("confirms a legacy account's address by its link or by a password reset, and only then links Google", async () => {
    const legacy = (await createUser({ name: "旧", email: "legacy-confirm@example.com", passwordHash: "x" }))!;
    const google = { provider: "google", providerAccountId: "g-lc", email: "legacy-confirm@example.com", name: "x", emailVerified: true };
    expect((await resolveOAuthUser(google)).kind).toBe("refused");
    expect(await confirmEmailToken(await issueEmailToken(legacy.id, "confirm", "legacy-confirm@example.com"))).toMatchObject({ kind: "confirmed" });
    expect(await resolveOAuthUser(google)).toEqual({ kind: "linked", userId: legacy.id });

    await createUser({ name: "旧2", email: "legacy-reset@example.com", passwordHash: "x" });
    const link = (await createPasswordResetToken("legacy-reset@example.com"))!;
    await resetPasswordWithToken(link.token, "new-hash");
    expect((await findUserByEmail("legacy-reset@example.com"))?.emailVerifiedAt).toBeInstanceOf(Date);
  });

  it("drops provider links made without a verified address once the owner proves the address by mail", async () => {
    await resolveOAuthUser({ provider: "github", providerAccountId: "gh-squat", email: "squatted@example.com", name: "x", emailVerified: false });
    const squatted = (await findUserByEmail("squatted@example.com"))!;
    const link = (await createPasswordResetToken("squatted@example.com"))!;
    await resetPasswordWithToken(link.token, "owner-hash");
    // The GitHub identity no longer signs in as this account; it would be a new sign-in now.
    expect((await resolveOAuthUser({ provider: "github", providerAccountId: "gh-squat", email: "squatted@example.com", name: "x", emailVerified: false })).kind).not.toBe("existing");
    expect((await findUserByEmail("squatted@example.com"))?.id).toBe(squatted.id);
  });
});
