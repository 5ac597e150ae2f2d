import "server-only";
import { headers } from "next/headers";
import { signIn } from "@/lib/auth";
import { clientIp } from "@/lib/auth/client-ip";
import { checkPasswordWithLimits } from "@/lib/auth/password-check";
import { formatRetryAfter } from "@/lib/rate-limit/policy";
import { getPasswordHash } from "./queries";

export type PasswordCheck = { ok: true; email: string } | { ok: false; error: string };

/**
 * Re-checks the signed-in user's password before a sensitive change. Wrong guesses count
 * against the same limits as sign-in, so a borrowed session cannot be used to guess it.
 */
export async function confirmCurrentPassword(userId: string, password: string): Promise<PasswordCheck> {
  const user = await getPasswordHash(userId);
  if (!user) return { ok: false, error: "ログインの有効期限が切れました。もう一度ログインしてください。" };
  if (!user.passwordHash) {
    return { ok: false, error: "このアカウントにはパスワードが設定されていません。ログイン画面の「パスワードをお忘れの方」から設定してください。" };
  }
  const check = await checkPasswordWithLimits(user.email, password, clientIp(await headers()));
  if (check.ok) return { ok: true, email: user.email };
  if (check.reason === "limited") {
    return { ok: false, error: `パスワードの試行回数が上限に達しました。${formatRetryAfter(check.retryAfterSeconds)}にもう一度お試しください。` };
  }
  return { ok: false, error: "現在のパスワードが正しくありません。" };
}

/**
 * After sessionVersion was bumped, this browser signs in again with the password it just
 * proved, so only the other sessions end. No token is ever refreshed without a password.
 */
export async function renewThisSession(email: string, password: string): Promise<void> {
  await signIn("credentials", { email, password, redirect: false });
}
