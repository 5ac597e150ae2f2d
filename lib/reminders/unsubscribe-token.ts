import { createHmac, timingSafeEqual } from "node:crypto";
import type { ReminderKind } from "@/db/schema";
import { authSecret } from "@/lib/env";

/**
 * The one-click 配信停止 link works without signing in: it names the user, the kind and (for a
 * digest) the saved search, sealed with an HMAC of AUTH_SECRET, so nobody can stop someone else's mail.
 */
export interface UnsubscribeTarget {
  userId: string;
  kind: ReminderKind;
  /** The saved search of a digest; "" for the other kinds. */
  subject: string;
}

const seal = (target: UnsubscribeTarget, secret: string) => createHmac("sha256", secret).update(`unsubscribe:${target.userId}:${target.kind}:${target.subject}`).digest("base64url");

export function unsubscribeToken(target: UnsubscribeTarget, secret = authSecret()): string {
  return `${Buffer.from(JSON.stringify([target.userId, target.kind, target.subject])).toString("base64url")}.${seal(target, secret)}`;
}

/** The target of a token, or null when it was not made here (or was changed). */
export function readUnsubscribeToken(token: string, secret = authSecret()): UnsubscribeTarget | null {
  const [payload, mac] = token.split(".");
  if (!payload || !mac) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || !parsed.every((part) => typeof part === "string")) return null;
  const target = { userId: parsed[0], kind: parsed[1], subject: parsed[2] } as UnsubscribeTarget;
  const expected = Buffer.from(seal(target, secret));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given) ? target : null;
}
