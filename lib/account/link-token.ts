import { createHash, randomBytes } from "node:crypto";

import { CONFIRMATION_TTL_HOURS, RESET_TOKEN_TTL_MINUTES, REVERT_TTL_DAYS } from "./link-lifetimes";

export { CONFIRMATION_TTL_HOURS, RESET_TOKEN_TTL_MINUTES, REVERT_TTL_DAYS };

/** 32 random bytes, URL-safe; only its SHA-256 is stored, so a database leak opens no link. */
export function generateLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function resetTokenExpiry(now: Date): Date {
  return new Date(now.getTime() + RESET_TOKEN_TTL_MINUTES * 60 * 1000);
}

export function confirmationExpiry(now: Date): Date {
  return new Date(now.getTime() + CONFIRMATION_TTL_HOURS * 60 * 60 * 1000);
}

export function revertExpiry(now: Date): Date {
  return new Date(now.getTime() + REVERT_TTL_DAYS * 24 * 60 * 60 * 1000);
}

/** Tokens are base64url of 32 bytes: anything else is rejected before touching the database. */
export function looksLikeLinkToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}
