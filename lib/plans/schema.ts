import { z } from "zod";
import { isIsoDate } from "@/lib/calendar/japan-date";
import { certificationSlugs } from "@/lib/certifications/slugs";
import { pathSlugs } from "@/lib/paths/slugs";
import { milestoneKinds, milestoneStatuses, type MilestoneKind, type MilestoneStatus } from "./vocabulary";

const id = (what: string) => z.uuid({ error: `${what}が正しくありません。ページを再読み込みしてください。` });
const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${label}を入力してください。`)
    .max(max, `${label}は${max}文字以内にしてください。`);
/** An empty date field means "no date". */
const optionalDate = z
  .string()
  .trim()
  .refine((value) => value === "" || isIsoDate(value), "日付を正しく入力してください（例: 2027-03-31）。")
  .transform((value) => value || null);
const emptyToNull = <Schema extends z.ZodType<string>>(schema: Schema) =>
  z.union([z.literal("").transform(() => null), schema]).optional().transform((value) => value ?? null);

const kinds = Object.keys(milestoneKinds) as [MilestoneKind, ...MilestoneKind[]];
const statuses = Object.keys(milestoneStatuses) as [MilestoneStatus, ...MilestoneStatus[]];

/** Every change names the plan and the version the form was loaded with. */
const planRef = { planId: id("プラン"), version: z.coerce.number({ error: "ページを再読み込みしてください。" }).int().positive() };
const milestoneRef = { ...planRef, milestoneId: id("マイルストーン") };

const planFields = { title: text("プラン名", 100), goalRole: text("目指す役割", 100), targetDate: optionalDate };

export const createPlanSchema = z.object({
  ...planFields,
  pathSlug: emptyToNull(z.enum(pathSlugs, { error: "キャリアパスを選び直してください。" })),
});
export const updatePlanSchema = z.object({ ...planRef, ...planFields });
export const planVersionSchema = z.object(planRef);
export const sharingSchema = z.object({ ...planRef, sharing: z.enum(["on", "off"]) });
export const deletePlanSchema = z.object({
  ...planRef,
  confirm: z.literal("yes", { error: "削除してよいことを確認するチェックを入れてください。" }),
});

const milestoneFields = {
  title: text("マイルストーン名", 120),
  kind: z.enum(kinds, { error: "種類を選んでください。" }),
  dueDate: optionalDate,
  note: z.string().max(2000, "メモは2000文字以内にしてください。").default(""),
  certificationSlug: emptyToNull(z.enum(certificationSlugs, { error: "資格を選び直してください。" })),
  bookmarkId: emptyToNull(id("検討リストの求人")),
};

export const addMilestoneSchema = z.object({ ...planRef, ...milestoneFields });
export const updateMilestoneSchema = z.object({ ...milestoneRef, ...milestoneFields, status: z.enum(statuses, { error: "状況を選んでください。" }) });
export const milestoneStatusSchema = z.object({ ...milestoneRef, status: z.enum(statuses, { error: "状況を選んでください。" }) });
export const moveMilestoneSchema = z.object({ ...milestoneRef, direction: z.enum(["up", "down"]) });
export const deleteMilestoneSchema = z.object(milestoneRef);

export type MilestoneInput = z.output<z.ZodObject<typeof milestoneFields>>;
