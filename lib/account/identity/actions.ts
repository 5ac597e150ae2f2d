"use server";

import { cookies } from "next/headers";
import { validatedActionWithUser } from "@/lib/actions/with-user";
import { auth, signIn } from "@/lib/auth";
import { listLinkedProviders } from "@/lib/auth/queries";
import { REPLACED_SESSION_COOKIE } from "@/lib/auth/replaced-session";
import { mailMode, oauthProviders } from "@/lib/env";
import { sendMailInBackground } from "@/lib/mail/send";
import { confirmationMailRules, formatRetryAfter } from "@/lib/rate-limit/policy";
import { consumeRateLimit } from "@/lib/rate-limit/queries";
import { IDENTITY_CONFIRMATION_WINDOW_MINUTES, IDENTITY_LINK_TTL_MINUTES } from "@/lib/sessions/lifetime";
import { issueIdentityToken } from "@/lib/sessions/queries";
import { absoluteUrl } from "@/lib/site/config";
import { identityMail } from "../email/mail";
import { getEmailStatus } from "../email/queries";
import { confirmIdentityByMailSchema, confirmIdentityByProviderSchema } from "./schema";

const sessionExpired = { error: "ログインの有効期限が切れました。もう一度ログインしてください。" };

/** Mails a 本人確認 link that works only in this session (lib/sessions/queries.ts confirmIdentityWithToken). */
export const confirmIdentityByMailAction = validatedActionWithUser(confirmIdentityByMailSchema, async (_data, user) => {
  if (mailMode() === "none") return { error: "このサイトでは現在メールを送れません。ログインに使ったサービスで本人確認してください。" };
  const status = await getEmailStatus(user.id);
  if (!status) return sessionExpired;
  const decision = await consumeRateLimit([{ rule: confirmationMailRules.perUser, subject: user.id }]);
  if (!decision.allowed) return { error: `確認メールの送信が続いたため、一時的に止めています。${formatRetryAfter(decision.retryAfterSeconds)}にもう一度お試しください。` };
  const token = await issueIdentityToken(user.id, (await auth())?.sessionId ?? "");
  if (!token) return sessionExpired;
  await sendMailInBackground({ to: status.email, ...identityMail(user.name ?? "", absoluteUrl(`/me/confirm-identity?token=${token}`), IDENTITY_LINK_TTL_MINUTES) });
  return {
    ok: true,
    message: `${status.email} 宛に本人確認のメールを送りました。このブラウザでリンクを開いてください（${IDENTITY_LINK_TTL_MINUTES}分有効）。確認後${IDENTITY_CONFIRMATION_WINDOW_MINUTES}分間、アカウントの削除などができます。`,
  };
});

/**
 * 本人確認 by signing in again through a provider already linked to this account. The new sign-in is
 * the proof (a fresh session); the session it replaces in this browser is ended then (lib/auth/after-sign-in.ts).
 */
export const confirmIdentityByProviderAction = validatedActionWithUser(confirmIdentityByProviderSchema, async ({ provider }, user) => {
  const linked = await listLinkedProviders(user.id);
  const chosen = oauthProviders().find(({ id }) => id === provider && linked.includes(id));
  if (!chosen) return { error: "このアカウントに連携していないサービスでは本人確認できません。" };
  const sessionId = (await auth())?.sessionId;
  if (sessionId) (await cookies()).set(REPLACED_SESSION_COOKIE, sessionId, { path: "/", httpOnly: true, sameSite: "lax", maxAge: 10 * 60 });
  await signIn(chosen.id, { redirectTo: "/me/settings?done=identity#settings-delete" });
  return {};
});
