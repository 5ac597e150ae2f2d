import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setActiveDatabase } from "@/db/client";
import { pendingSignUps, users } from "@/db/schema";
import { verifyPassword } from "@/lib/account/password";
import { findUserByEmail } from "@/lib/account/queries";
import { signUpSchema } from "@/lib/account/schema";
import { completePendingSignUp, purgeStalePendingSignUps } from "@/lib/account/sign-up/queries";
import { requestSignUp, resendSignUpConfirmation } from "@/lib/account/sign-up/request";
import { shiftClockTo } from "@/lib/clock";
import { resetEnvCache } from "@/lib/env";
import { signUpRules } from "@/lib/rate-limit/policy";
import { createTestDatabase, drivers, type TestDatabase } from "../support/databases";
import { mailsTo, tokenFromMail } from "./support/mailbox";

const signUp = (input: { name: string; email: string; password: string }, ip = "198.51.100.10") => requestSignUp(signUpSchema.parse(input), ip);

describe.each(drivers)("仮登録 → 本登録 on %s", (driver) => {
  let test: TestDatabase;
  const userCount = async () => (await test.database.db.select({ value: count() }).from(users))[0]!.value;

  beforeAll(async () => {
    test = await createTestDatabase(driver);
    setActiveDatabase(test.database);
  });
  afterAll(async () => {
    shiftClockTo(null);
    delete process.env.ADMIN_EMAILS;
    resetEnvCache();
    await test.drop();
  });

  it("creates no account until the mailed link is opened, then one confirmed account with an argon2id hash", async () => {
    expect(await signUp({ name: " 佐藤 花子 ", email: "  Hanako.Sato@Example.COM ", password: "kanri-hyou-2026" })).toEqual({ allowed: true });
    expect(await userCount()).toBe(0);
    const completion = await completePendingSignUp(await tokenFromMail("hanako.sato@example.com", "/sign-up/confirm"));
    expect(completion).toMatchObject({ kind: "created", user: { name: "佐藤 花子", email: "hanako.sato@example.com", role: "user" } });
    const stored = await findUserByEmail("hanako.sato@example.com");
    expect(stored?.emailVerifiedAt).toBeInstanceOf(Date);
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored!.passwordHash!, "kanri-hyou-2026")).toBe(true);
    expect(await test.database.db.select().from(pendingSignUps)).toEqual([]);
  });

  it("lets a link work once", async () => {
    await signUp({ name: "一度", email: "once@example.com", password: "kanri-hyou-2026" });
    const token = await tokenFromMail("once@example.com", "/sign-up/confirm");
    expect((await completePendingSignUp(token)).kind).toBe("created");
    expect((await completePendingSignUp(token)).kind).toBe("expired");
  });

  it("answers a registered address exactly as a new one, mails its owner instead, and changes nothing", async () => {
    const before = await findUserByEmail("hanako.sato@example.com");
    const answer = await signUp({ name: "なりすまし", email: "HANAKO.SATO@example.com", password: "another-pass-99" });
    expect(answer).toEqual({ allowed: true });
    const mails = await mailsTo("hanako.sato@example.com");
    expect(mails[0]?.subject).toContain("登録済み");
    expect(mails[0]?.body).toContain("/reset-password");
    expect(await findUserByEmail("hanako.sato@example.com")).toEqual(before);
    expect(await test.database.db.select().from(pendingSignUps).where(eq(pendingSignUps.email, "hanako.sato@example.com"))).toEqual([]);
  });

  it("expires a link after 24 hours and forgets the registration after 7 days", async () => {
    await signUp({ name: "期限", email: "late@example.com", password: "kanri-hyou-2026" }, "198.51.100.11");
    const token = await tokenFromMail("late@example.com", "/sign-up/confirm");
    shiftClockTo(new Date(Date.now() + 24 * 60 * 60 * 1000 + 60_000));
    expect((await completePendingSignUp(token)).kind).toBe("expired");
    expect(await purgeStalePendingSignUps()).toBe(0);
    shiftClockTo(new Date(Date.now() + 7 * 24 * 60 * 60 * 1000 + 60_000));
    expect(await purgeStalePendingSignUps()).toBeGreaterThanOrEqual(1);
    shiftClockTo(null);
    expect(await test.database.db.select().from(pendingSignUps).where(eq(pendingSignUps.email, "late@example.com"))).toEqual([]);
  });

  it("resends a fresh link for a waiting registration; the old one stops working", async () => {
    await signUp({ name: "再送", email: "resend@example.com", password: "kanri-hyou-2026" }, "198.51.100.12");
    const first = await tokenFromMail("resend@example.com", "/sign-up/confirm");
    await resendSignUpConfirmation("resend@example.com", "198.51.100.12");
    const second = await tokenFromMail("resend@example.com", "/sign-up/confirm");
    expect(second).not.toBe(first);
    expect((await completePendingSignUp(first)).kind).toBe("expired");
    expect((await completePendingSignUp(second)).kind).toBe("created");
  });

  it(`refuses more than ${signUpRules.perEmail.limit} requests an hour for one address, before hashing or mailing anything`, async () => {
    for (let i = 0; i < signUpRules.perEmail.limit; i += 1) {
      expect((await signUp({ name: "連打", email: "flood@example.com", password: "kanri-hyou-2026" }, `198.51.100.${20 + i}`)).allowed).toBe(true);
    }
    const mailsBefore = (await mailsTo("flood@example.com")).length;
    const refused = await signUp({ name: "連打", email: "flood@example.com", password: "kanri-hyou-2026" }, "198.51.100.30");
    expect(refused.allowed).toBe(false);
    expect((await mailsTo("flood@example.com")).length).toBe(mailsBefore);
  });

  it(`refuses more than ${signUpRules.perIp.limit} sign-ups an hour from one network`, async () => {
    const ip = "203.0.113.77";
    for (let i = 0; i < signUpRules.perIp.limit; i += 1) await signUp({ name: "大量", email: `bulk${i}@example.com`, password: "kanri-hyou-2026" }, ip);
    expect((await signUp({ name: "大量", email: "bulk-last@example.com", password: "kanri-hyou-2026" }, ip)).allowed).toBe(false);
    expect(await mailsTo("bulk-last@example.com")).toEqual([]);
  });

  it("makes an ADMIN_EMAILS address admin only once its owner opened the link", async () => {
    process.env.ADMIN_EMAILS = "boss@example.com";
    resetEnvCache();
    await signUp({ name: "管理者", email: "boss@example.com", password: "kanri-hyou-2026" }, "198.51.100.40");
    expect(await findUserByEmail("boss@example.com")).toBeNull();
    const completion = await completePendingSignUp(await tokenFromMail("boss@example.com", "/sign-up/confirm"));
    expect(completion).toMatchObject({ kind: "created", user: { role: "admin" } });
  });
});
