import { z } from "zod";
import { isIsoDate } from "@/lib/calendar/japan-date";
import { pduCategories, trackingStatuses, type PduCategory, type TrackingStatus } from "./vocabulary";

const id = (what: string) => z.uuid({ error: `${what}が正しくありません。ページを再読み込みしてください。` });
const date = (label: string) =>
  z.string().refine((value) => isIsoDate(value) && value >= "2000-01-01" && value <= "2100-12-31", `${label}を正しい日付で入力してください。`);
const optionalDate = (label: string) => z.union([z.literal(""), date(label)]).transform((value) => value || null);

export const trackSchema = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/, "資格を選んでください。") });
export const trackedIdSchema = z.object({ trackedId: id("記録中の資格") });

export const trackingDetailsSchema = z
  .object({
    trackedId: id("記録中の資格"),
    status: z.enum(Object.keys(trackingStatuses) as [TrackingStatus, ...TrackingStatus[]], { error: "ステータスを選んでください。" }),
    examDate: optionalDate("受験日"),
    resultDate: optionalDate("結果の日付"),
    credentialId: z.string().trim().max(100, "認定番号は100文字以内にしてください。"),
    expiresOn: optionalDate("有効期限"),
  })
  .refine((data) => data.status !== "passed" || data.resultDate !== null, { path: ["resultDate"], message: "合格の場合は合格日を入力してください（更新の期限を計算します）。" });

const minutes = z.coerce
  .number({ error: "学習時間（分）を数字で入力してください。" })
  .int("学習時間は分単位の整数で入力してください。")
  .min(1, "学習時間は1分以上で入力してください。")
  .max(1440, "1日の学習時間は1440分（24時間）以内で入力してください。");

export const studySessionSchema = z.object({
  trackedId: id("記録中の資格"),
  studiedOn: date("学習した日"),
  minutes,
  topic: z.string().trim().max(200, "内容は200文字以内にしてください。"),
});
export const studySessionUpdateSchema = studySessionSchema.omit({ trackedId: true }).extend({ sessionId: id("学習記録") });
export const studySessionDeleteSchema = z.object({ sessionId: id("学習記録") });

export const pduEntrySchema = z.object({
  trackedId: id("記録中の資格"),
  earnedOn: date("取得日"),
  category: z.enum(Object.keys(pduCategories) as [PduCategory, ...PduCategory[]], { error: "分野を選んでください。" }),
  units: z.coerce
    .number({ error: "PDU数を数字で入力してください。" })
    .positive("PDU数は0より大きい数で入力してください。")
    .max(60, "1件のPDU数は60以下で入力してください。")
    .refine((value) => Number.isInteger(value * 4), "PDU数は0.25単位で入力してください。"),
  activity: z.string().trim().max(200, "内容は200文字以内にしてください。"),
});
export const pduEntryDeleteSchema = z.object({ entryId: id("PDUの記録") });
