import { z } from "zod";
import { digestFrequencies, switchableKinds, type SwitchableKind } from "./vocabulary";

const checkbox = z.literal("on").optional();

export const savePreferencesSchema = z.object(Object.fromEntries(switchableKinds.map((kind) => [kind, checkbox])) as Record<SwitchableKind, typeof checkbox>);

export const setDigestSchema = z.object({
  searchId: z.uuid({ error: "保存した検索が見つかりませんでした。" }),
  frequency: z.enum(Object.keys(digestFrequencies) as [keyof typeof digestFrequencies], { error: "新着メールの頻度を選んでください。" }),
});

export const markRemindersReadSchema = z.object({});

export const unsubscribeSchema = z.object({ token: z.string({ error: "配信停止のリンクが正しくありません。" }).min(1, "配信停止のリンクが正しくありません。").max(500, "配信停止のリンクが正しくありません。") });
