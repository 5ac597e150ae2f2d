import "server-only";
import { CredentialsSignin } from "@auth/core/errors";
import type { User } from "next-auth";
import { findUserByEmail } from "@/lib/account/queries";
import { verifyAgainstDecoy, verifyPassword } from "@/lib/account/password";
import { signInSchema } from "@/lib/account/schema";
import { signInRules } from "@/lib/rate-limit/policy";
import { checkRateLimit, clearRateLimit, recordAttempt, type RateLimitTarget } from "@/lib/rate-limit/queries";
import { clientIp } from "./client-ip";

export class SignInRateLimited extends CredentialsSignin {
  code = "rate_limited";
}

export function signInTargets(email: string, ip: string): { emailAndIp: RateLimitTarget; ip: RateLimitTarget } {
  return {
    emailAndIp: { rule: signInRules.perEmailAndIp, subject: `${email}|${ip}` },
    ip: { rule: signInRules.perIp, subject: ip },
  };
}

/** The credentials check behind every e-mail sign-in, whichever way the request arrives. */
export async function authorizeWithPassword(credentials: Partial<Record<string, unknown>>, request: Request): Promise<User | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const targets = signInTargets(email, clientIp(request.headers));
  const all = [targets.emailAndIp, targets.ip];

  if (!(await checkRateLimit(all)).allowed) throw new SignInRateLimited();

  const user = await findUserByEmail(email);
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDecoy(password);
  if (!user || !valid) {
    await recordAttempt(all);
    return null;
  }
  await clearRateLimit([targets.emailAndIp]);
  return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}
