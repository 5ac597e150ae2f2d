import { z } from "zod";
import { type pmoTypeSlugs, pmoTypes } from "@/lib/pmo-types/data";
import { employmentTypes, industries, keysOf, listingLevels, payUnits, prefectures, workStyles } from "./vocabulary";

/** Accepts either the stored key ("full-time") or its Japanese label ("正社員"). */
function vocabulary<T extends Record<string, string>>(record: T, what: string) {
  const keys = keysOf(record);
  const byLabel = new Map(Object.entries(record).map(([key, label]) => [label, key]));
  return z
    .string({ error: `${what}を入力してください` })
    .trim()
    .transform((value) => byLabel.get(value) ?? value)
    .pipe(z.enum(keys, { error: `${what}は次のいずれかにしてください: ${Object.values(record).join("、")}` }));
}

const pmoTypeLabels = Object.fromEntries(pmoTypes.map((type) => [type.slug, type.name])) as Record<(typeof pmoTypeSlugs)[number], string>;

const yen = (what: string) =>
  z.coerce
    .number({ error: `${what}は円単位の数値で入力してください` })
    .int(`${what}は円単位の整数で入力してください`)
    .min(0, `${what}は0以上にしてください`)
    .max(100_000_000, `${what}が大きすぎます（円単位で入力してください）`);

/** "a|b|c" in CSV, or a JSON array; empty means none. */
const list = z
  .union([z.array(z.string()), z.string()])
  .optional()
  .transform((value) => (Array.isArray(value) ? value : (value ?? "").split(/[|\n]/)).map((item) => item.trim()).filter(Boolean))
  .pipe(z.array(z.string().max(60, "スキル・資格は1項目60文字以内にしてください")).max(30, "スキル・資格は30項目以内にしてください"));

const isoDate = (what: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${what}はYYYY-MM-DD形式で入力してください`)
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
      message: `${what}が存在しない日付です`,
    });

/** One row of an import file (CSV columns or JSON keys, snake_case). */
export const listingImportRowSchema = z
  .object({
    external_id: z.string({ error: "external_idを入力してください" }).trim().min(1, "external_idを入力してください").max(100),
    title: z.string({ error: "タイトルを入力してください" }).trim().min(5, "タイトルは5文字以上にしてください").max(120, "タイトルは120文字以内にしてください"),
    company: z.string({ error: "会社名を入力してください" }).trim().min(1, "会社名を入力してください").max(100),
    description: z.string({ error: "説明を入力してください" }).trim().min(20, "説明は20文字以上にしてください").max(5000),
    employment_type: vocabulary(employmentTypes, "雇用形態"),
    pmo_type: vocabulary(pmoTypeLabels, "PMOタイプ"),
    level: vocabulary(listingLevels, "レベル"),
    industry: vocabulary(industries, "業界"),
    work_style: vocabulary(workStyles, "働き方"),
    prefecture: z.enum(prefectures, { error: "都道府県は「東京都」のように正式名で入力してください" }),
    pay_unit: vocabulary(payUnits, "報酬の単位"),
    pay_min: yen("報酬の下限"),
    pay_max: yen("報酬の上限"),
    days_per_week: z.coerce.number({ error: "週の稼働日数は1〜5の数値で入力してください" }).int().min(1, "週の稼働日数は1〜5にしてください").max(5, "週の稼働日数は1〜5にしてください"),
    required_skills: list,
    preferred_skills: list,
    certifications: list,
    posted_on: isoDate("掲載日"),
    closes_on: z.union([isoDate("締切日"), z.literal(""), z.null()]).optional().transform((value) => value || null),
    status: z
      .enum(["open", "closed", "募集中", "募集終了"], { error: "statusはopen（募集中）かclosed（募集終了）にしてください" })
      .optional()
      .transform((value) => value !== "closed" && value !== "募集終了"),
  })
  .superRefine((row, context) => {
    if (row.pay_max < row.pay_min) context.addIssue({ code: "custom", path: ["pay_max"], message: "報酬の上限が下限より小さくなっています" });
    if (row.closes_on && row.closes_on < row.posted_on) context.addIssue({ code: "custom", path: ["closes_on"], message: "締切日が掲載日より前になっています" });
  });

export type ListingImportRow = z.input<typeof listingImportRowSchema>;
export type ValidListingRow = z.output<typeof listingImportRowSchema>;
