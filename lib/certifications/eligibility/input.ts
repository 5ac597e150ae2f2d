import { z } from "zod";
import { pmpDegrees, type EligibilityInput, type PmpDegree } from "./pmp";

/** The eligibility check is a stateless GET form; its query string is read with this schema. */
const eligibilitySchema = z.object({
  degree: z.enum(Object.keys(pmpDegrees) as [PmpDegree, ...PmpDegree[]], { error: "最終学歴を選んでください。" }),
  months: z.coerce.number({ error: "経験の月数を数字で入力してください。" }).int("経験の月数は整数で入力してください。").min(0, "経験の月数は0以上で入力してください。").max(600, "経験の月数は600以下で入力してください。"),
  hours: z.coerce.number({ error: "教育の時間数を数字で入力してください。" }).min(0, "教育の時間数は0以上で入力してください。").max(10000, "教育の時間数が大きすぎます。"),
  capm: z.literal("1").optional(),
});

export type EligibilityQuery = { degree?: string; months?: string; hours?: string; capm?: string };

export function parseEligibility(query: EligibilityQuery): { input: EligibilityInput } | { errors: string[] } | null {
  if (query.degree === undefined && query.months === undefined) return null;
  const parsed = eligibilitySchema.safeParse({ ...query, months: query.months || undefined, hours: query.hours || "0" });
  if (!parsed.success) return { errors: [...new Set(parsed.error.issues.map((issue) => issue.message))] };
  const { degree, months, hours, capm } = parsed.data;
  return { input: { degree, experienceMonths: months, educationHours: hours, holdsCapm: capm === "1" } };
}
