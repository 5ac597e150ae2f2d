import { z } from "zod";
import { certificationSlugs, type CertificationSlug } from "@/lib/certifications/slugs";
import { industries, keysOf } from "@/lib/listings/vocabulary";
import { pmoTypeSlugs } from "@/lib/pmo-types/data";
import { achievementSlots, budgetBands, careerEmploymentTypes, careerPhases, pmpDescriptionParts, type CareerPhase, type PmpDescriptionPart } from "./vocabulary";

const id = (what: string) => z.uuid({ error: `${what}が正しくありません。ページを再読み込みしてください。` });
const version = z.coerce.number({ error: "ページを再読み込みしてください。" }).int().min(0);
/**
 * Control characters pasted from Word or Excel (a vertical tab for a soft line break) would make
 * the .docx and .xlsx files invalid XML: line-like ones become line breaks, the rest are dropped.
 */
const withoutControls = (value: string) => value.replace(/[\v\f\u2028\u2029]/g, "\n").replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, "");
const plain = () => z.string().transform(withoutControls);
const text = (label: string, max: number) => plain().pipe(z.string().trim().max(max, `${label}は${max}文字以内にしてください。`)).default("");
const optionalEnum = <T extends string>(values: readonly [T, ...T[]], message: string) =>
  z
    .string()
    .default("")
    .refine((value) => value === "" || (values as readonly string[]).includes(value), message)
    .transform((value) => (value === "" ? null : (value as T)));
/** A ticked checkbox sends "on"; anything else, or nothing, is unticked. */
const checkbox = z.string().optional().transform((value) => value === "on");

/** 2024-04, 2024/4, 2024.4 and 2024年4月 all mean April 2024; the field may also be left empty. */
const month = (label: string) =>
  z
    .string()
    .trim()
    .default("")
    .transform((value, context) => {
      if (value === "") return null;
      const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(value.normalize("NFKC"));
      const year = Number(match?.[1]);
      const number = Number(match?.[2]);
      if (!match || number < 1 || number > 12 || year < 1950 || year > 2100) {
        context.addIssue({ code: "custom", message: `${label}は「2024-04」のように年と月で入力してください。` });
        return z.NEVER;
      }
      return `${year}-${String(number).padStart(2, "0")}`;
    });

/** Methods, tools and skills are typed as one line: split on commas (、 too) and line breaks. */
const list = (label: string) =>
  plain()
    .default("")
    .transform((value) => [...new Set(value.normalize("NFKC").split(/[,、，\n]/).map((item) => item.trim()).filter(Boolean))])
    .pipe(z.array(z.string().max(60, `${label}は1つ60文字以内にしてください。`)).max(30, `${label}は30個までにしてください。`));

const phaseKeys = Object.keys(careerPhases) as CareerPhase[];
const phaseFields = Object.fromEntries(phaseKeys.map((phase) => [`phase-${phase}`, checkbox])) as Record<`phase-${CareerPhase}`, typeof checkbox>;
const certificationFields = Object.fromEntries(certificationSlugs.map((slug) => [`cert-${slug}`, checkbox])) as Record<`cert-${CertificationSlug}`, typeof checkbox>;
type AchievementKey = `achievement${1 | 2 | 3}${"Situation" | "Action" | "Result"}`;
const achievementFields = Object.fromEntries(
  Array.from({ length: achievementSlots }, (_, index) => [
    [`achievement${index + 1}Situation`, text(`成果${index + 1}の状況`, 500)],
    [`achievement${index + 1}Action`, text(`成果${index + 1}の取り組み`, 500)],
    [`achievement${index + 1}Result`, text(`成果${index + 1}の結果`, 500)],
  ]).flat(),
) as Record<AchievementKey, ReturnType<typeof text>>;

const projectObject = z.object({
  title: plain().pipe(z.string().trim().min(1, "案件名を入力してください（ほかの項目は後から入力できます）。").max(120, "案件名は120文字以内にしてください。")),
  startMonth: month("開始"),
  endMonth: month("終了"),
  ongoing: checkbox,
  company: text("会社名", 100),
  companyHidden: checkbox,
  companyAlias: text("書類での会社の表記", 100),
  employmentType: optionalEnum(keysOf(careerEmploymentTypes), "雇用形態を選び直してください。"),
  client: text("顧客・業務先", 100),
  industry: optionalEnum(keysOf(industries), "業界を選び直してください。"),
  teamSize: z
    .string()
    .trim()
    .default("")
    .transform((value) => (value === "" ? null : Number(value.normalize("NFKC"))))
    .refine((value) => value === null || (Number.isInteger(value) && value >= 1 && value <= 100_000), "体制の人数は1〜100000の整数で入力してください。"),
  budgetBand: optionalEnum(keysOf(budgetBands), "予算規模を選び直してください。"),
  role: text("役割", 100),
  pmoType: optionalEnum(pmoTypeSlugs, "PMOのタイプを選び直してください。"),
  methods: list("手法"),
  tools: list("ツール"),
  skills: list("スキル"),
  responsibilities: text("担当業務", 3000),
  countsForPmp: checkbox,
  ...phaseFields,
  ...certificationFields,
  ...achievementFields,
});

type ProjectObject = z.output<typeof projectObject>;

const periodInOrder = (data: ProjectObject) => data.ongoing || !data.startMonth || !data.endMonth || data.endMonth >= data.startMonth;
const periodMessage = { path: ["endMonth"], message: "終了は開始と同じ月か、それより後にしてください。" };

function toProjectInput(data: ProjectObject) {
  return {
    title: data.title,
    startMonth: data.startMonth,
    // An ongoing project has no end yet, whatever the field still holds.
    endMonth: data.ongoing ? null : data.endMonth,
    ongoing: data.ongoing,
    company: data.company,
    companyNamed: !data.companyHidden,
    companyAlias: data.companyAlias,
    employmentType: data.employmentType,
    client: data.client,
    industry: data.industry,
    teamSize: data.teamSize,
    budgetBand: data.budgetBand,
    role: data.role,
    pmoType: data.pmoType,
    phases: phaseKeys.filter((phase) => data[`phase-${phase}`]),
    methods: data.methods,
    tools: data.tools,
    skills: data.skills,
    responsibilities: data.responsibilities,
    achievements: Array.from({ length: achievementSlots }, (_, index) => ({
      situation: data[`achievement${index + 1}Situation` as AchievementKey],
      action: data[`achievement${index + 1}Action` as AchievementKey],
      result: data[`achievement${index + 1}Result` as AchievementKey],
    })).filter((achievement) => achievement.situation || achievement.action || achievement.result),
    certificationSlugs: certificationSlugs.filter((slug) => data[`cert-${slug}`]),
    countsForPmp: data.countsForPmp,
  };
}

export type ProjectInput = ReturnType<typeof toProjectInput>;

export const createProjectSchema = projectObject.refine(periodInOrder, periodMessage).transform(toProjectInput);
export const updateProjectSchema = projectObject
  .extend({ projectId: id("案件"), version })
  .refine(periodInOrder, periodMessage)
  .transform((data) => ({ projectId: data.projectId, version: data.version, project: toProjectInput(data) }));
export const moveProjectSchema = z.object({ projectId: id("案件"), direction: z.enum(["up", "down"]) });
export const deleteProjectSchema = z.object({
  projectId: id("案件"),
  confirm: z.literal("yes", { error: "削除してよいことを確認するチェックを入れてください。" }),
});

export const profileSchema = z.object({
  version,
  fullName: text("氏名", 60),
  sheetName: text("スキルシートでの氏名の表記", 30),
  summary: text("職務要約", 2000),
  strengths: text("活かせる経験・知識・技術", 2000),
  otherQualifications: text("その他の資格・免許", 1000),
  selfPr: text("自己PR", 3000),
});
export type ProfileInput = Omit<z.output<typeof profileSchema>, "version">;

const partKeys = Object.keys(pmpDescriptionParts) as PmpDescriptionPart[];
export const pmpDescriptionSchema = z.object({
  projectId: id("案件"),
  version,
  ...(Object.fromEntries(partKeys.map((part) => [part, text(pmpDescriptionParts[part].japanese, 3000)])) as Record<PmpDescriptionPart, ReturnType<typeof text>>),
});
export type PmpDescriptionInput = Record<PmpDescriptionPart, string>;
