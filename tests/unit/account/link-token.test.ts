import { describe, expect, it } from "vitest";
import { generateLinkToken, hashLinkToken, isLinkTokenUsable, looksLikeLinkToken, RESET_TOKEN_TTL_MINUTES, resetTokenExpiry } from "@/lib/account/link-token";

describe("mailed link tokens", () => {
  it("are random, URL-safe, and stored only as their SHA-256", () => {
    const first = generateLinkToken();
    const second = generateLinkToken();
    expect(first.token).not.toBe(second.token);
    expect(looksLikeLinkToken(first.token)).toBe(true);
    expect(first.tokenHash).toBe(hashLinkToken(first.token));
    expect(first.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.tokenHash).not.toContain(first.token);
  });

  it("expire 30 minutes after they are issued and work only once", () => {
    const issued = new Date("2026-11-21T00:00:00Z");
    const expiresAt = resetTokenExpiry(issued);
    expect(RESET_TOKEN_TTL_MINUTES).toBe(30);
    expect(isLinkTokenUsable({ expiresAt, usedAt: null }, new Date("2026-11-21T00:29:59Z"))).toBe(true);
    expect(isLinkTokenUsable({ expiresAt, usedAt: null }, new Date("2026-11-21T00:30:00Z"))).toBe(false);
    expect(isLinkTokenUsable({ expiresAt, usedAt: new Date("2026-11-21T00:01:00Z") }, new Date("2026-11-21T00:02:00Z"))).toBe(false);
  });

  it("rejects anything that is not a token before it reaches the database", () => {
    for (const value of ["", "short", "a".repeat(44), `${"a".repeat(42)}/`, undefined, ["x"]]) expect(looksLikeLinkToken(value)).toBe(false);
  });
});
