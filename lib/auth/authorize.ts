import "server-only";
import { CredentialsSignin } from "@auth/core/errors";
import type { User } from "next-auth";
import { signInSchema } from "@/lib/account/schema";
import { clientIp } from "./client-ip";
import { checkPasswordWithLimits } from "./password-check";

export class SignInRateLimited extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

/** The credentials check behind every e-mail sign-in, whichever way the request arrives. */
export async function authorizeWithPassword(credentials: Partial<Record<string, unknown>>, request: Request): Promise<User | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const check = await checkPasswordWithLimits(parsed.data.email, parsed.data.password, clientIp(request.headers));
  if (!check.ok) {
    if (check.reason === "limited") throw new SignInRateLimited(check.retryAfterSeconds);
    return null;
  }
  const { user } = check;
  return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}
