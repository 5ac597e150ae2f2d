"use server";

import { CredentialsSignin } from "@auth/core/errors";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { validatedAction } from "@/lib/actions/validated-action";
import { signIn, signOut } from "@/lib/auth";
import { SignInRateLimited } from "@/lib/auth/authorize";
import { clientIp } from "@/lib/auth/client-ip";
import { safeReturnPath } from "@/lib/auth/return-path";
import { SESSION_HINT_COOKIE } from "@/lib/auth/session-hint";
import { mailMode, oauthProviders } from "@/lib/env";
import { formatRetryAfter, type Decision } from "@/lib/rate-limit/policy";
import { signInSchema, resendSignUpSchema, signUpSchema } from "./schema";
import { requestSignUp, resendSignUpConfirmation } from "./sign-up/request";

const mailUnavailable = { error: "現在メールを送信できないため、新規登録を受け付けていません。お手数ですが運営者にお問い合わせください。" };

function sentAnswer(email: string, decision: Decision) {
  if (!decision.allowed) {
    return { error: `お申し込みが続いたため、一時的に受付を止めています。${formatRetryAfter(decision.retryAfterSeconds)}にもう一度お試しください。` };
  }
  // The same answer for a new and a registered address: this form never tells which addresses have accounts.
  return { ok: true, message: `${email} 宛に確認メールを送りました。`, values: { email } };
}

/** 仮登録: never signs in; the mailed link completes the registration (app/(auth)/sign-up/confirm). */
export const signUpAction = validatedAction(signUpSchema, async ({ name, email, password, callbackUrl }) => {
  if (mailMode() === "none") return mailUnavailable;
  const decision = await requestSignUp({ name, email, password, returnTo: callbackUrl ? safeReturnPath(callbackUrl) : undefined }, clientIp(await headers()));
  return sentAnswer(email, decision);
});

export const resendSignUpAction = validatedAction(resendSignUpSchema, async ({ email }) => {
  if (mailMode() === "none") return mailUnavailable;
  return sentAnswer(email, await resendSignUpConfirmation(email, clientIp(await headers())));
});

export const signInWithPasswordAction = validatedAction(signInSchema, async ({ email, password, callbackUrl }) => {
  try {
    // Pending visitor work and the header's hint are handled by the sign-in event (lib/auth/after-sign-in.ts).
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (!(error instanceof CredentialsSignin)) throw error;
    if (error instanceof SignInRateLimited || error.code === "rate_limited") {
      const wait = error instanceof SignInRateLimited ? `${formatRetryAfter(error.retryAfterSeconds)}に` : "しばらくしてから";
      return { error: `ログインの試行回数が上限に達しました。安全のため一時的にログインを制限しています。${wait}もう一度お試しください。` };
    }
    return { error: "メールアドレスまたはパスワードが正しくありません。" };
  }
  redirect(safeReturnPath(callbackUrl));
});

export async function signOutUserAction(): Promise<void> {
  await signOut({ redirect: false });
  (await cookies()).delete(SESSION_HINT_COOKIE);
  redirect("/");
}

/** Starts a GitHub or Google sign-in; only providers that are configured are accepted. */
export async function signInWithOAuthAction(formData: FormData): Promise<void> {
  const provider = oauthProviders().find(({ id }) => id === formData.get("provider"));
  if (!provider) return;
  await signIn(provider.id, { redirectTo: safeReturnPath(formData.get("callbackUrl")) });
}
