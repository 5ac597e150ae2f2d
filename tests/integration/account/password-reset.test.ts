import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setActiveDatabase } from "@/db/client";
import { createPasswordResetToken, createUser, getSessionUser, isPasswordResetTokenValid, resetPasswordWithToken } from "@/lib/account/queries";
import { createTestDatabase, drivers, type TestDatabase } from "../support/databases";

describe.each(drivers)("password reset tokens on %s", (driver) => {
  let test: TestDatabase;
  let userId: string;

  beforeAll(async () => {
    test = await createTestDatabase(driver);
    setActiveDatabase(test.database);
    userId = (await createUser({ name: "Reset", email: "reset@example.com", passwordHash: "old-hash" }))!.id;
  });
  afterAll(() => test.drop());

  it("issues nothing for an unknown e-mail", async () => {
    expect(await createPasswordResetToken("nobody@example.com")).toBeNull();
  });

  it("sets the password once, ends every session, and cannot be used again", async () => {
    const issued = await createPasswordResetToken("reset@example.com");
    const before = (await getSessionUser(userId))!.sessionVersion;
    expect(await isPasswordResetTokenValid(issued!.token)).toBe(true);
    expect(await resetPasswordWithToken(issued!.token, "new-hash")).toEqual({ email: "reset@example.com" });
    expect((await getSessionUser(userId))!.sessionVersion).toBe(before + 1);
    expect(await isPasswordResetTokenValid(issued!.token)).toBe(false);
    expect(await resetPasswordWithToken(issued!.token, "attacker-hash")).toBeNull();
    expect((await getSessionUser(userId))!.sessionVersion).toBe(before + 1);
  });

  it("retires the user's other open tokens when one is used", async () => {
    const first = await createPasswordResetToken("reset@example.com");
    const second = await createPasswordResetToken("reset@example.com");
    expect(await resetPasswordWithToken(second!.token, "hash-2")).not.toBeNull();
    expect(await resetPasswordWithToken(first!.token, "hash-1")).toBeNull();
  });

  it("refuses a token older than 30 minutes", async () => {
    const issued = await createPasswordResetToken("reset@example.com", new Date(Date.now() - 31 * 60 * 1000));
    expect(await isPasswordResetTokenValid(issued!.token)).toBe(false);
    expect(await resetPasswordWithToken(issued!.token, "late-hash")).toBeNull();
  });

  it("refuses a token that was never issued", async () => {
    expect(await resetPasswordWithToken("A".repeat(43), "hash")).toBeNull();
  });
});
