import "server-only";
import { CredentialsSignin } from "@auth/core/errors";
import type { User } from "next-auth";
import { looksLikeLinkToken } from "@/lib/account/link-token";
import { completePendingSignUp } from "@/lib/account/sign-up/queries";

/** The address got an account between sign-up and opening the link (a provider sign-in, say). */
export class SignUpAlreadyRegistered extends CredentialsSignin {
  code = "registered";
}

/**
 * The "sign-up-link" provider: opening a 仮登録 link completes the registration and signs in as the
 * new account (app/(auth)/sign-up/confirm/route.ts). The token is the only credential.
 */
export async function authorizeWithSignUpLink(credentials: Partial<Record<string, unknown>>): Promise<User | null> {
  if (!looksLikeLinkToken(credentials.token)) return null;
  const completion = await completePendingSignUp(credentials.token);
  if (completion.kind === "registered") throw new SignUpAlreadyRegistered();
  if (completion.kind === "expired") return null;
  const { user } = completion;
  return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}
