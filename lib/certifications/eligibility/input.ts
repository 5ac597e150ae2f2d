import { z } from "zod";
import { pmpDegrees, type EligibilityInput, type PmpDegree } from "./pmp";

/** The eligibility check is a stateless GET form; its query string is read with this schema. */
const eligibilitySchema = z.object({
  degree: z.enum(Object.keys(pmpDegrees) as [PmpDegree, ...PmpDegree[]], { error: "最終学歴を選んでください。" }),
  months: z.coerce.number({ error: "経験の月数を数字で入力してください。" }).int("経験の月数は整数で入力してください。").min(0, "経験の月数は0以上で入力してください。").max(600, "経験の月数は600以下で入力してください。"),
  hours: z.coerce.number({ error: "教育の時間数を数字で入力してください。" }).min(0, "教育の時間数は0以上で入力してください。").max(10000, "教育の時間数が大きすぎます。"),
  capm: z.literal("1").optional(),
});

export type EligibilityQuery = { degree?: string; months?: string; hours?: string; capm?: string; manual?: string };

/**
 * Reads the GET form. `recordMonths`, the months counted from the user's career record, takes the
 * place of a typed number: the form then asks only for the degree and the education.
 */
export function parseEligibility(query: EligibilityQuery, recordMonths?: number): { input: EligibilityInput } | { errors: string[] } | null {
  if (query.degree === undefined && query.months === undefined) return null;
  const typedOrRecorded = recordMonths === undefined ? query.months || undefined : String(recordMonths);
  const parsed = eligibilitySchema.safeParse({ ...query, months: typedOrRecorded, hours: query.hours || "0" });
  if (!parsed.success) return { errors: [...new Set(parsed.error.issues.map((issue) => issue.message))] };
  const { degree, months, hours, capm } = parsed.data;
  return { input: { degree, experienceMonths: months, educationHours: hours, holdsCapm: capm === "1" } };
}
