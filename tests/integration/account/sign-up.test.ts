import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setActiveDatabase } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/account/password";
import { createUser, findUserByEmail } from "@/lib/account/queries";
import { signUpSchema } from "@/lib/account/schema";
import { createTestDatabase, drivers, type TestDatabase } from "../support/databases";

describe.each(drivers)("sign-up on %s", (driver) => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase(driver);
    setActiveDatabase(test.database);
  });
  afterAll(() => test.drop());

  async function signUp(input: { name: string; email: string; password: string }) {
    const data = signUpSchema.parse(input);
    return createUser({ name: data.name, email: data.email, passwordHash: await hashPassword(data.password) });
  }

  it("creates exactly one user, stored with a normalised e-mail and an argon2id hash", async () => {
    const created = await signUp({ name: " 佐藤 花子 ", email: "  Hanako.Sato@Example.COM ", password: "kanri-hyou-2026" });
    expect(created).toMatchObject({ name: "佐藤 花子", email: "hanako.sato@example.com", role: "user", sessionVersion: 0 });

    const [row] = await test.database.db.select({ value: count() }).from(users);
    expect(row?.value).toBe(1);
    const stored = await findUserByEmail("hanako.sato@example.com");
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored!.passwordHash!, "kanri-hyou-2026")).toBe(true);
    expect(await verifyPassword(stored!.passwordHash!, "wrong-password")).toBe(false);
  });

  it("refuses the same e-mail in any case and leaves the first account untouched", async () => {
    const again = await signUp({ name: "なりすまし", email: "HANAKO.SATO@example.com", password: "another-pass-99" });
    expect(again).toBeNull();

    const [row] = await test.database.db.select({ value: count() }).from(users);
    expect(row?.value).toBe(1);
    expect((await findUserByEmail("hanako.sato@example.com"))?.name).toBe("佐藤 花子");
  });
});
