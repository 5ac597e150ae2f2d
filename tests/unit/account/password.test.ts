import { describe, expect, it } from "vitest";
import { hashPassword, verifyAgainstDecoy, verifyPassword } from "@/lib/account/password";

describe("password hashing", () => {
  it("hashes with argon2id and a fresh salt each time", async () => {
    const first = await hashPassword("kadai-kanri-hyou");
    const second = await hashPassword("kadai-kanri-hyou");
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
  });

  it("verifies only the right password, and treats a broken hash as a mismatch", async () => {
    const hash = await hashPassword("kadai-kanri-hyou");
    expect(await verifyPassword(hash, "kadai-kanri-hyou")).toBe(true);
    expect(await verifyPassword(hash, "Kadai-kanri-hyou")).toBe(false);
    expect(await verifyPassword("not-a-hash", "kadai-kanri-hyou")).toBe(false);
    expect(await verifyAgainstDecoy("anything")).toBe(false);
  });
});
