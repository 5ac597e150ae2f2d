import { describe, expect, it } from "vitest";
import { generateResetToken, hashResetToken, isResetTokenUsable, looksLikeResetToken, RESET_TOKEN_TTL_MINUTES, resetTokenExpiry } from "@/lib/account/reset-token";

describe("password reset tokens", () => {
  it("are random, URL-safe, and stored only as their SHA-256", () => {
    const first = generateResetToken();
    const second = generateResetToken();
    expect(first.token).not.toBe(second.token);
    expect(looksLikeResetToken(first.token)).toBe(true);
    expect(first.tokenHash).toBe(hashResetToken(first.token));
    expect(first.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.tokenHash).not.toContain(first.token);
  });

  it("expire 30 minutes after they are issued and work only once", () => {
    const issued = new Date("2026-11-21T00:00:00Z");
    const expiresAt = resetTokenExpiry(issued);
    expect(RESET_TOKEN_TTL_MINUTES).toBe(30);
    expect(isResetTokenUsable({ expiresAt, usedAt: null }, new Date("2026-11-21T00:29:59Z"))).toBe(true);
    expect(isResetTokenUsable({ expiresAt, usedAt: null }, new Date("2026-11-21T00:30:00Z"))).toBe(false);
    expect(isResetTokenUsable({ expiresAt, usedAt: new Date("2026-11-21T00:01:00Z") }, new Date("2026-11-21T00:02:00Z"))).toBe(false);
  });

  it("rejects anything that is not a token before it reaches the database", () => {
    for (const value of ["", "short", "a".repeat(44), `${"a".repeat(42)}/`, undefined, ["x"]]) expect(looksLikeResetToken(value)).toBe(false);
  });
});
