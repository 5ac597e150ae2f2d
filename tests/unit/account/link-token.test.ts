import { describe, expect, it } from "vitest";
import { generateLinkToken, hashLinkToken, looksLikeLinkToken, RESET_TOKEN_TTL_MINUTES, resetTokenExpiry } from "@/lib/account/link-token";

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

  // That a used or expired link is refused is checked where the queries decide it (tests/integration/account).
  it("expire 30 minutes after they are issued", () => {
    expect(RESET_TOKEN_TTL_MINUTES).toBe(30);
    expect(resetTokenExpiry(new Date("2026-11-21T00:00:00Z"))).toEqual(new Date("2026-11-21T00:30:00Z"));
  });

  it("rejects anything that is not a token before it reaches the database", () => {
    for (const value of ["", "short", "a".repeat(44), `${"a".repeat(42)}/`, undefined, ["x"]]) expect(looksLikeLinkToken(value)).toBe(false);
  });
});
