"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { validatedActionWithUser } from "@/lib/actions/with-user";
import { signOut } from "@/lib/auth";
import { SESSION_HINT_COOKIE } from "@/lib/auth/session-hint";
import { confirmCurrentPassword, renewThisSession } from "./current-password";
import { deleteAccount, revokeSessions, updateUserEmail, updateUserName } from "./queries";
import { hashPassword } from "./password";
import { changeEmailSchema, changeNameSchema, changePasswordSchema, deleteAccountSchema, signOutEverywhereSchema } from "./settings-schema";

const wrongPassword = (error: string) => ({ error, fieldErrors: { currentPassword: error } });

export const changeName = validatedActionWithUser(changeNameSchema, async ({ name }, user) => {
  if (!(await updateUserName(user.id, name))) return { error: "ログインの有効期限が切れました。もう一度ログインしてください。" };
  return { ok: true, message: "お名前を変更しました。" };
});

export const changeEmail = validatedActionWithUser(changeEmailSchema, async ({ email, currentPassword }, user) => {
  const check = await confirmCurrentPassword(user.id, currentPassword);
  if (!check.ok) return wrongPassword(check.error);
  const result = await updateUserEmail(user.id, email);
  if (result === "taken") return { error: "入力内容を確認してください。", fieldErrors: { email: "このメールアドレスは別のアカウントで使われています。" } };
  if (result === "missing") return { error: "ログインの有効期限が切れました。もう一度ログインしてください。" };
  return { ok: true, message: `メールアドレスを ${email} に変更しました。次回からこのアドレスでログインしてください。` };
});

export const changePassword = validatedActionWithUser(changePasswordSchema, async ({ currentPassword, newPassword }, user) => {
  const check = await confirmCurrentPassword(user.id, currentPassword);
  if (!check.ok) return wrongPassword(check.error);
  await revokeSessions(user.id, await hashPassword(newPassword));
  await renewThisSession(check.email, newPassword);
  // Redirect instead of re-rendering: the re-render would still see the request's old (now revoked) cookie.
  redirect("/me/settings?done=password");
});

export const signOutEverywhere = validatedActionWithUser(signOutEverywhereSchema, async ({ currentPassword }, user) => {
  const check = await confirmCurrentPassword(user.id, currentPassword);
  if (!check.ok) return wrongPassword(check.error);
  await revokeSessions(user.id);
  await renewThisSession(check.email, currentPassword);
  redirect("/me/settings?done=sessions");
});

export const deleteMyAccount = validatedActionWithUser(deleteAccountSchema, async ({ currentPassword }, user) => {
  const check = await confirmCurrentPassword(user.id, currentPassword);
  if (!check.ok) return wrongPassword(check.error);
  await deleteAccount(user.id);
  await signOut({ redirect: false });
  (await cookies()).delete(SESSION_HINT_COOKIE);
  redirect("/sign-in?notice=deleted");
});
