import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setActiveDatabase } from "@/db/client";
import { rateLimitBuckets } from "@/db/schema";
import { hashPassword } from "@/lib/account/password";
import { createUser } from "@/lib/account/queries";
import { SignInRateLimited, authorizeWithPassword } from "@/lib/auth/authorize";
import { accountThrottle, signInRules } from "@/lib/rate-limit/policy";
import { purgeExpiredBuckets } from "@/lib/rate-limit/queries";
import { sql } from "drizzle-orm";
import { createTestDatabase, drivers, type TestDatabase } from "../support/databases";

const password = "shinchoku-kanri-1";

/** A sign-in as server.ts hands it to the app: X-Forwarded-For holds the one address it resolved. */
function attempt(email: string, pass: string, ip: string) {
  const request = new Request("http://localhost/api/auth/callback/credentials", { headers: { "x-forwarded-for": ip } });
  return authorizeWithPassword({ email, password: pass }, request).then(
    (user) => (user ? "signed-in" : "wrong"),
    (error: unknown) => {
      if (error instanceof SignInRateLimited) return "limited";
      throw error;
    },
  );
}

describe.each(drivers)("sign-in limits on %s", (driver) => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase(driver);
    setActiveDatabase(test.database);
    for (const email of ["limit@example.com", "other@example.com", "reset@example.com", "rotate@example.com", "parallel@example.com", "slow@example.com"]) {
      await createUser({ name: "テスト", email, passwordHash: await hashPassword(password) });
    }
  });
  afterAll(() => test.drop());

  it("signs in with the right password and refuses a wrong one or an unknown e-mail alike", async () => {
    expect(await attempt("limit@example.com", password, "203.0.113.1")).toBe("signed-in");
    expect(await attempt("limit@example.com", "wrong", "203.0.113.1")).toBe("wrong");
    expect(await attempt("nobody@example.com", "wrong", "203.0.113.1")).toBe("wrong");
  });

  it(`blocks an e-mail and IP after ${signInRules.perEmailAndIp.limit} failures, even with the right password`, async () => {
    const ip = "203.0.113.20";
    for (let i = 0; i < signInRules.perEmailAndIp.limit; i += 1) expect(await attempt("other@example.com", "wrong", ip)).toBe("wrong");
    expect(await attempt("other@example.com", password, ip)).toBe("limited");
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    const ip = "203.0.113.30";
    for (let i = 0; i < signInRules.perEmailAndIp.limit - 1; i += 1) await attempt("reset@example.com", "wrong", ip);
    expect(await attempt("reset@example.com", password, ip)).toBe("signed-in");
    for (let i = 0; i < signInRules.perEmailAndIp.limit - 1; i += 1) await attempt("reset@example.com", "wrong", ip);
    expect(await attempt("reset@example.com", password, ip)).toBe("signed-in");
  });

  it("blocks an IP that tries many accounts", async () => {
    const ip = "203.0.113.40";
    for (let i = 0; i < signInRules.perIp.limit; i += 1) expect(await attempt(`guess${i}@example.com`, "wrong", ip)).toBe("wrong");
    expect(await attempt("limit@example.com", password, ip)).toBe("limited");
  });

  it("counts IPv6 addresses of one /64 as one network", async () => {
    for (let i = 0; i < signInRules.perEmailAndIp.limit; i += 1) await attempt("limit@example.com", "wrong", `2001:db8:1:2::${i + 1}`);
    expect(await attempt("limit@example.com", password, "2001:db8:1:2::ffff")).toBe("limited");
    expect(await attempt("nobody-v6@example.com", "wrong", "2001:db8:1:3::1")).toBe("wrong");
  });

  it(`lets at most ${accountThrottle.freeFailures} of 40 guesses with rotating addresses reach the password check`, async () => {
    const results: string[] = [];
    for (let i = 0; i < 40; i += 1) results.push(await attempt("rotate@example.com", `guess-${i}`, `198.51.${i}.${i + 1}`));
    expect(results.filter((result) => result === "wrong")).toHaveLength(accountThrottle.freeFailures);
    expect(results.slice(accountThrottle.freeFailures).every((result) => result === "limited")).toBe(true);
    // Even the owner waits now, but only for a while: the account is slowed, not locked.
    expect(await attempt("rotate@example.com", password, "192.0.2.200")).toBe("limited");
  });

  it(`lets at most ${accountThrottle.freeFailures} of 50 parallel wrong passwords reach the password check`, async () => {
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => attempt("parallel@example.com", `guess-${i}`, `192.0.2.${i + 1}`)));
    expect(results.filter((result) => result === "wrong").length).toBeLessThanOrEqual(accountThrottle.freeFailures);
    expect(results.filter((result) => result === "limited").length).toBeGreaterThanOrEqual(50 - accountThrottle.freeFailures);
  });

  it("makes the owner wait a delay that doubles, then lets one attempt through, and the right password resets it", async () => {
    const email = "slow@example.com";
    for (let i = 0; i < accountThrottle.freeFailures; i += 1) await attempt(email, "wrong", `198.18.0.${i + 1}`);
    const bucket = sql`${rateLimitBuckets.key} = ${`${accountThrottle.name}:${email}`}`;
    const waitSeconds = async () =>
      Number((await test.database.db.select({ seconds: sql<number>`extract(epoch from ${rateLimitBuckets.blockedUntil} - now())::float8` }).from(rateLimitBuckets).where(bucket))[0]?.seconds);
    expect(await waitSeconds()).toBeGreaterThan(accountThrottle.firstDelaySeconds - 5);
    expect(await waitSeconds()).toBeLessThanOrEqual(accountThrottle.firstDelaySeconds);
    // Time passes (the delay is the database's clock): one more wrong guess doubles the wait.
    await test.database.db.update(rateLimitBuckets).set({ blockedUntil: sql`now() - interval '1 second'` }).where(bucket);
    expect(await attempt(email, "wrong", "198.18.0.50")).toBe("wrong");
    expect(await waitSeconds()).toBeGreaterThan(2 * accountThrottle.firstDelaySeconds - 5);
    await test.database.db.update(rateLimitBuckets).set({ blockedUntil: sql`now() - interval '1 second'` }).where(bucket);
    expect(await attempt(email, password, "198.18.0.51")).toBe("signed-in");
    expect(await attempt(email, "wrong", "198.18.0.52")).toBe("wrong");
    expect(await attempt(email, password, "198.18.0.53")).toBe("signed-in");
  });

  it("purges buckets whose window has ended", async () => {
    await test.database.db.update(rateLimitBuckets).set({ windowEndsAt: sql`now() - interval '1 second'` }).where(sql`${rateLimitBuckets.key} like 'sign-in:ip:%'`);
    expect(await purgeExpiredBuckets()).toBeGreaterThan(0);
    expect(await test.database.db.select().from(rateLimitBuckets).where(sql`${rateLimitBuckets.key} like 'sign-in:ip:%'`)).toEqual([]);
  });

  it.runIf(driver === "postgres")("holds across two database clients, as two app instances would", async () => {
    const ip = "203.0.113.50";
    const second = await test.openAnotherClient();
    await createUser({ name: "二台", email: "two@example.com", passwordHash: await hashPassword(password) });
    for (let i = 0; i < signInRules.perEmailAndIp.limit; i += 1) {
      // Alternate the client each failure goes through, like a load balancer would.
      setActiveDatabase(i % 2 === 0 ? test.database : second);
      expect(await attempt("two@example.com", "wrong", ip)).toBe("wrong");
    }
    setActiveDatabase(second);
    expect(await attempt("two@example.com", password, ip)).toBe("limited");
    setActiveDatabase(test.database);
    expect(await attempt("two@example.com", password, ip)).toBe("limited");
  });
});
