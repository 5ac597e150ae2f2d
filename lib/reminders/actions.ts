"use server";

import { revalidatePath } from "next/cache";
import { validatedAction } from "@/lib/actions/validated-action";
import { validatedActionWithUser } from "@/lib/actions/with-user";
import { markRemindersRead, savePreferences, setSearchDigest } from "./queries";
import { markRemindersReadSchema, savePreferencesSchema, setDigestSchema, unsubscribeSchema } from "./schema";
import { unsubscribeWithToken } from "./unsubscribe";
import { digestFrequencies, switchableKinds } from "./vocabulary";

export const savePreferencesAction = validatedActionWithUser(savePreferencesSchema, async (data, user) => {
  await savePreferences(user.id, Object.fromEntries(switchableKinds.map((kind) => [kind, data[kind] === "on"])));
  revalidatePath("/me/settings");
  return { ok: true, message: "お知らせメールの設定を保存しました。" };
});

export const setDigestAction = validatedActionWithUser(setDigestSchema, async ({ searchId, frequency }, user) => {
  const search = await setSearchDigest(user.id, searchId, frequency);
  if (!search) return { error: "保存した検索が見つかりませんでした。" };
  revalidatePath("/me/searches");
  return {
    ok: true,
    message: frequency === "off" ? `「${search.name}」の新着メールを止めました。` : `「${search.name}」の新着を${digestFrequencies[frequency]}8時ごろにメールでお知らせします（新着があるときだけ）。`,
  };
});

export const markRemindersReadAction = validatedActionWithUser(markRemindersReadSchema, async (_data, user) => {
  await markRemindersRead(user.id);
  revalidatePath("/me");
  return { ok: true, message: "お知らせをすべて既読にしました。" };
});

/** From the 配信停止 page, signed in or not: the token alone says whose mail and which kind. */
export const unsubscribeAction = validatedAction(unsubscribeSchema, async ({ token }) => {
  const message = await unsubscribeWithToken(token);
  return message ? { ok: true, message } : { error: "配信停止のリンクが正しくないか、古くなっています。ログインして、アカウント設定の「お知らせメール」から変更してください。" };
});
