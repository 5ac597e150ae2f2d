"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { validatedActionWithUser } from "@/lib/actions/with-user";
import { signOut } from "@/lib/auth";
import { SESSION_HINT_COOKIE } from "@/lib/auth/session-hint";
import { sendMailInBackground } from "@/lib/mail/send";
import { confirmationMailRules, formatRetryAfter } from "@/lib/rate-limit/policy";
import { consumeRateLimit } from "@/lib/rate-limit/queries";
import { absoluteUrl } from "@/lib/site/config";
import { confirmIdentity } from "../identity/confirm";
import { confirmCurrentPassword, renewThisSession } from "../current-password";
import { confirmEmailMail } from "../email/mail";
import { getEmailStatus, isEmailTaken, issueEmailToken } from "../email/queries";
import { deleteAccount, revokeSessions, updateUserName } from "../queries";
import { hashPassword } from "../password";
import { changeEmailSchema, changeNameSchema, changePasswordSchema, deleteAccountSchema, sendConfirmationSchema } from "./schema";

const wrongPassword = (error: string) => ({ error, fieldErrors: { currentPassword: error } });
/** A failed identity check: the password field is marked, or (without a password) the 本人確認 is asked for. */
const notConfirmed = (check: { error: string; needs?: "identity" }) => (check.needs ? { error: check.error } : wrongPassword(check.error));

export const changeNameAction = validatedActionWithUser(changeNameSchema, async ({ name }, user) => {
  if (!(await updateUserName(user.id, name))) return { error: "ログインの有効期限が切れました。もう一度ログインしてください。" };
  return { ok: true, message: "お名前を変更しました。" };
});

/** Mails a confirmation link for `email` to that address; limited per account, so nobody floods an inbox from here. */
async function mailConfirmationLink(user: { id: string; name?: string | null }, email: string, change: boolean) {
  const decision = await consumeRateLimit([{ rule: confirmationMailRules.perUser, subject: user.id }]);
  if (!decision.allowed) return { error: `確認メールの送信が続いたため、一時的に止めています。${formatRetryAfter(decision.retryAfterSeconds)}にもう一度お試しください。` };
  const token = await issueEmailToken(user.id, "confirm", email);
  await sendMailInBackground({ to: email, ...confirmEmailMail(user.name ?? "", absoluteUrl(`/email/confirm?token=${token}`), change) });
  return null;
}

/** The change takes effect only when the link mailed to the new address is opened (app/(auth)/email/confirm). */
export const changeEmailAction = validatedActionWithUser(changeEmailSchema, async ({ email, currentPassword }, user) => {
  const check = await confirmIdentity(user.id, currentPassword);
  if (!check.ok) return notConfirmed(check);
  if (email === check.email) return { error: "入力内容を確認してください。", fieldErrors: { email: "現在と同じメールアドレスです。" } };
  if (await isEmailTaken(email, user.id)) return { error: "入力内容を確認してください。", fieldErrors: { email: "このメールアドレスは別のアカウントで使われています。" } };
  const refused = await mailConfirmationLink(user, email, true);
  if (refused) return refused;
  return { ok: true, message: `${email} 宛に確認メールを送りました。メール内のリンクを開くと変更が完了します。それまでは現在のメールアドレス（${check.email}）でログインしてください。` };
});

/** For accounts made before confirmation existed (or whose link expired): a link to the current address. */
export const sendEmailConfirmationAction = validatedActionWithUser(sendConfirmationSchema, async (_data, user) => {
  const status = await getEmailStatus(user.id);
  if (!status) return { error: "ログインの有効期限が切れました。もう一度ログインしてください。" };
  if (status.confirmed) return { ok: true, message: "このメールアドレスは確認済みです。" };
  const refused = await mailConfirmationLink(user, status.email, false);
  if (refused) return refused;
  return { ok: true, message: `${status.email} 宛に確認メールを送りました。メール内のリンクを開くと確認が完了します。` };
});

export const changePasswordAction = validatedActionWithUser(changePasswordSchema, async ({ currentPassword, newPassword }, user) => {
  const check = await confirmCurrentPassword(user.id, currentPassword);
  if (!check.ok) return wrongPassword(check.error);
  await revokeSessions(user.id, await hashPassword(newPassword));
  await renewThisSession(check.email, newPassword);
  // Redirect instead of re-rendering: the re-render would still see the request's old (now revoked) cookie.
  redirect("/me/settings?done=password");
});

export const deleteMyAccountAction = validatedActionWithUser(deleteAccountSchema, async ({ currentPassword }, user) => {
  const check = await confirmIdentity(user.id, currentPassword);
  if (!check.ok) return notConfirmed(check);
  await deleteAccount(user.id);
  await signOut({ redirect: false });
  (await cookies()).delete(SESSION_HINT_COOKIE);
  redirect("/sign-in?notice=deleted");
});
