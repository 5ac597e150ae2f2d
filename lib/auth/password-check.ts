import "server-only";
import { findUserByEmail } from "@/lib/account/queries";
import { verifyAgainstDecoy, verifyPassword } from "@/lib/account/password";
import type { User } from "@/db/schema";
import { signInRules } from "@/lib/rate-limit/policy";
import { claimAccountAttempt, clearRateLimit, consumeRateLimit, forgetAccountAttempts, refundRateLimit, type RateLimitTarget } from "@/lib/rate-limit/queries";

export type PasswordCheck = { ok: true; user: User } | { ok: false; reason: "wrong" } | { ok: false; reason: "limited"; retryAfterSeconds: number };

function signInTargets(email: string, ip: string): { emailAndIp: RateLimitTarget; ip: RateLimitTarget } {
  return {
    emailAndIp: { rule: signInRules.perEmailAndIp, subject: `${email}|${ip}` },
    ip: { rule: signInRules.perIp, subject: ip },
  };
}

/**
 * Every password check (sign-in, and re-entering the password before a sensitive change) goes
 * through the limits first, each one counted before it decides: the client address's buckets,
 * then the account's own bucket, which holds whatever address the attempts claim to come from.
 * Only then is argon2 run; a success forgets this account's failures.
 */
export async function checkPasswordWithLimits(email: string, password: string, ip: string): Promise<PasswordCheck> {
  const targets = signInTargets(email, ip);
  const byAddress = await consumeRateLimit([targets.emailAndIp, targets.ip]);
  if (!byAddress.allowed) return { ok: false, reason: "limited", retryAfterSeconds: byAddress.retryAfterSeconds };
  const byAccount = await claimAccountAttempt(email);
  if (!byAccount.allowed) return { ok: false, reason: "limited", retryAfterSeconds: byAccount.retryAfterSeconds };

  const user = await findUserByEmail(email);
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDecoy(password);
  if (!user || !valid) return { ok: false, reason: "wrong" };
  await clearRateLimit([targets.emailAndIp]);
  await refundRateLimit([targets.ip]);
  await forgetAccountAttempts(email);
  return { ok: true, user };
}
