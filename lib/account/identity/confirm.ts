import "server-only";
import { auth } from "@/lib/auth";
import { now } from "@/lib/clock";
import { isIdentityFresh } from "@/lib/sessions/lifetime";
import { findOpenSession } from "@/lib/sessions/queries";
import { confirmCurrentPassword, type PasswordCheck } from "../current-password";
import { getPasswordHash } from "../queries";

export type IdentityCheck = (PasswordCheck & { needs?: never }) | { ok: false; error: string; needs: "identity" };

export const identityNeededMessage = "この操作の前に、本人確認をしてください（「本人確認」の欄から、ログインし直すか確認メールのリンクを開きます）。";

/**
 * Before a change nobody may make with a borrowed session (deleting the account, changing its
 * address): an account with a password proves it by the password; one without (signed up through
 * Google or GitHub) by having signed in, or confirmed 本人確認, in this session within the last few minutes.
 */
export async function confirmIdentity(userId: string, currentPassword: string | undefined): Promise<IdentityCheck> {
  const account = await getPasswordHash(userId);
  if (!account) return { ok: false, error: "ログインの有効期限が切れました。もう一度ログインしてください。" };
  if (account.passwordHash) {
    if (!currentPassword) return { ok: false, error: "現在のパスワードを入力してください。" };
    return confirmCurrentPassword(userId, currentPassword);
  }
  const session = await findOpenSession(userId, (await auth())?.sessionId ?? "");
  if (session && isIdentityFresh(session, now())) return { ok: true, email: account.email };
  return { ok: false, error: identityNeededMessage, needs: "identity" };
}

/** Whether the signed-in user has a password (then the forms ask for it) or proves themselves by 本人確認. */
export async function hasPassword(userId: string): Promise<boolean> {
  return Boolean((await getPasswordHash(userId))?.passwordHash);
}
