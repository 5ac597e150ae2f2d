"use server";

import { CredentialsSignin } from "@auth/core/errors";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { validatedAction } from "@/lib/actions/validated-action";
import { signIn, signOut } from "@/lib/auth";
import { signInTargets } from "@/lib/auth/authorize";
import { clientIp } from "@/lib/auth/client-ip";
import { safeReturnPath } from "@/lib/auth/return-path";
import { SESSION_HINT_COOKIE, SESSION_HINT_MAX_AGE } from "@/lib/auth/session-hint";
import { formatRetryAfter } from "@/lib/rate-limit/policy";
import { checkRateLimit } from "@/lib/rate-limit/queries";
import { hashPassword } from "./password";
import { carryOverAnonymousWork } from "./after-sign-in";
import { createUser, findUserByEmail } from "./queries";
import { signInSchema, signUpSchema } from "./schema";

async function startSession(email: string, password: string, callbackUrl: string | undefined): Promise<never> {
  await signIn("credentials", { email, password, redirect: false });
  const user = await findUserByEmail(email);
  if (user) await carryOverAnonymousWork(user.id);
  (await cookies()).set(SESSION_HINT_COOKIE, "1", { path: "/", sameSite: "lax", maxAge: SESSION_HINT_MAX_AGE });
  redirect(safeReturnPath(callbackUrl));
}

export const signUp = validatedAction(signUpSchema, async ({ name, email, password, callbackUrl }) => {
  const user = await createUser({ name, email, passwordHash: await hashPassword(password) });
  if (!user) {
    return {
      error: "入力内容を確認してください。",
      fieldErrors: { email: "このメールアドレスは既に登録されています。ログインするか、別のメールアドレスをお使いください。" },
    };
  }
  return startSession(email, password, callbackUrl);
});

export const signInWithPassword = validatedAction(signInSchema, async ({ email, password, callbackUrl }) => {
  try {
    return await startSession(email, password, callbackUrl);
  } catch (error) {
    if (!(error instanceof CredentialsSignin)) throw error;
    const { emailAndIp, ip } = signInTargets(email, clientIp(await headers()));
    const decision = await checkRateLimit([emailAndIp, ip]);
    if (!decision.allowed) {
      return {
        error: `ログインの試行回数が上限に達しました。安全のため一時的にログインを制限しています。${formatRetryAfter(decision.retryAfterSeconds)}にもう一度お試しください。`,
      };
    }
    return { error: "メールアドレスまたはパスワードが正しくありません。" };
  }
});

export async function signOutUser(): Promise<void> {
  await signOut({ redirect: false });
  (await cookies()).delete(SESSION_HINT_COOKIE);
  redirect("/");
}
