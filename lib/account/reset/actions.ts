"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { validatedAction } from "@/lib/actions/validated-action";
import { clientIp } from "@/lib/auth/client-ip";
import { mailMode } from "@/lib/env";
import { sendMailInBackground } from "@/lib/mail/send";
import { formatRetryAfter, passwordResetRules } from "@/lib/rate-limit/policy";
import { consumeRateLimit } from "@/lib/rate-limit/queries";
import { absoluteUrl } from "@/lib/site/config";
import { hashPassword } from "../password";
import { createPasswordResetToken, isPasswordResetTokenValid, resetPasswordWithToken } from "../queries";
import { resetMail } from "./mail";
import { requestResetSchema, resetPasswordSchema } from "./schema";

export const requestPasswordResetAction = validatedAction(requestResetSchema, async ({ email }) => {
  if (mailMode() === "none") return { error: "現在メールを送信できないため、パスワードの再設定を受け付けていません。お手数ですが運営者にお問い合わせください。" };
  const targets = [
    { rule: passwordResetRules.perEmail, subject: email },
    { rule: passwordResetRules.perIp, subject: clientIp(await headers()) },
  ];
  const decision = await consumeRateLimit(targets);
  if (!decision.allowed) {
    return { error: `再設定のお申し込みが続いたため、一時的に受付を止めています。${formatRetryAfter(decision.retryAfterSeconds)}にもう一度お試しください。` };
  }
  const created = await createPasswordResetToken(email);
  if (created) {
    // The link is built from SITE_URL, never from the request's Host header (which a client controls).
    const link = absoluteUrl(`/reset-password/confirm?token=${created.token}`);
    await sendMailInBackground({ to: email, ...resetMail(created.userName, link) });
  }
  // The same answer whether or not the address is registered.
  return { ok: true, message: "ご登録のメールアドレスであれば、パスワード再設定用のリンクをお送りしました。30分以内にメールのリンクを開いてください。" };
});

const expiredLink = "このリンクは有効期限が切れているか、すでに使われています。もう一度再設定をお申し込みください。";

export const resetPasswordAction = validatedAction(resetPasswordSchema, async ({ token, newPassword }) => {
  // A cheap lookup first, so made-up tokens cannot make the server spend an argon2 hash each.
  if (!(await isPasswordResetTokenValid(token))) return { error: expiredLink };
  const user = await resetPasswordWithToken(token, await hashPassword(newPassword));
  if (!user) return { error: expiredLink };
  redirect("/sign-in?notice=reset");
});
