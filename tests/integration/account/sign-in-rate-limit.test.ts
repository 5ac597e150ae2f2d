import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setActiveDatabase } from "@/db/client";
import { hashPassword } from "@/lib/account/password";
import { createUser } from "@/lib/account/queries";
import { SignInRateLimited, authorizeWithPassword } from "@/lib/auth/authorize";
import { signInRules } from "@/lib/rate-limit/policy";
import { createTestDatabase, drivers, type TestDatabase } from "../support/databases";

const password = "shinchoku-kanri-1";

function attempt(email: string, pass: string, ip: string) {
  const request = new Request("http://localhost/api/auth/callback/credentials", { headers: { "x-forwarded-for": ip } });
  return authorizeWithPassword({ email, password: pass }, request);
}

describe.each(drivers)("sign-in rate limit on %s", (driver) => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase(driver);
    setActiveDatabase(test.database);
    for (const email of ["limit@example.com", "other@example.com", "reset@example.com"]) {
      await createUser({ name: "テスト", email, passwordHash: await hashPassword(password) });
    }
  });
  afterAll(() => test.drop());

  it("signs in with the right password and refuses a wrong one or an unknown e-mail alike", async () => {
    expect(await attempt("limit@example.com", password, "203.0.113.1")).toMatchObject({ email: "limit@example.com" });
    expect(await attempt("limit@example.com", "wrong", "203.0.113.1")).toBeNull();
    expect(await attempt("nobody@example.com", "wrong", "203.0.113.1")).toBeNull();
  });

  it(`blocks an e-mail and IP after ${signInRules.perEmailAndIp.limit} failures, even with the right password`, async () => {
    const ip = "203.0.113.20";
    for (let i = 0; i < signInRules.perEmailAndIp.limit; i += 1) {
      expect(await attempt("other@example.com", "wrong", ip)).toBeNull();
    }
    await expect(attempt("other@example.com", password, ip)).rejects.toBeInstanceOf(SignInRateLimited);
    // The same account from another address is not locked out.
    expect(await attempt("other@example.com", password, "203.0.113.21")).toMatchObject({ email: "other@example.com" });
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    const ip = "203.0.113.30";
    for (let i = 0; i < signInRules.perEmailAndIp.limit - 1; i += 1) await attempt("reset@example.com", "wrong", ip);
    expect(await attempt("reset@example.com", password, ip)).not.toBeNull();
    for (let i = 0; i < signInRules.perEmailAndIp.limit - 1; i += 1) await attempt("reset@example.com", "wrong", ip);
    expect(await attempt("reset@example.com", password, ip)).not.toBeNull();
  });

  it("blocks an IP that tries many accounts", async () => {
    const ip = "203.0.113.40";
    for (let i = 0; i < signInRules.perIp.limit; i += 1) {
      expect(await attempt(`guess${i}@example.com`, "wrong", ip)).toBeNull();
    }
    await expect(attempt("limit@example.com", password, ip)).rejects.toBeInstanceOf(SignInRateLimited);
  });

  it.runIf(driver === "postgres")("holds across two database clients, as two app instances would", async () => {
    const ip = "203.0.113.50";
    const second = await test.openAnotherClient();
    for (let i = 0; i < signInRules.perEmailAndIp.limit; i += 1) {
      // Alternate the client each failure goes through, like a load balancer would.
      setActiveDatabase(i % 2 === 0 ? test.database : second);
      expect(await attempt("limit@example.com", "wrong", ip)).toBeNull();
    }
    setActiveDatabase(second);
    await expect(attempt("limit@example.com", password, ip)).rejects.toBeInstanceOf(SignInRateLimited);
    setActiveDatabase(test.database);
    await expect(attempt("limit@example.com", password, ip)).rejects.toBeInstanceOf(SignInRateLimited);
  });
});
