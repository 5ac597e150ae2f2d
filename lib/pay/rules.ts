import { z } from "zod";
// The import attribute lets Playwright (native ESM) load the rules too: the browser tests compute expected figures with them.
import data from "@/content/data/pay-rules-2026.json" with { type: "json" };
import { isoDate, sourceSchema } from "@/lib/content/sources";

const link = z.object({ label: z.string().min(2), url: z.url() }).strict();

const ruleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    label: z.string().min(2),
    appliesTo: z.string().min(2),
    status: z.enum(["verified", "unverified"]),
    value: z.unknown(),
    sources: z.array(sourceSchema),
    secondary: z.array(link).optional(),
    authorityPage: link.optional(),
    note: z.string().min(10).optional(),
  })
  .strict()
  .refine((rule) => rule.status === "unverified" || rule.sources.length > 0, { message: "a verified rule names the issuer's page it was read on" })
  .refine((rule) => rule.status === "verified" || rule.note, { message: "an unverified rule says what was found instead" });

const fileSchema = z.object({ year: z.number().int(), yearLabel: z.string(), searched: isoDate, note: z.string(), rules: z.array(ruleSchema) }).strict();

export type PayRule = z.infer<typeof ruleSchema>;

const file = fileSchema.parse(data);

/** content/data/pay-rules-2026.json, validated once: every rate the calculator uses, with its source. */
export const payRules: PayRule[] = file.rules;
export const payRulesYear = { year: file.year, label: file.yearLabel, searched: file.searched };

function read<T>(id: string, schema: z.ZodType<T>): T {
  const rule = payRules.find((item) => item.id === id);
  if (!rule) throw new Error(`content/data/pay-rules-2026.json has no rule "${id}"`);
  const parsed = schema.safeParse(rule.value);
  if (!parsed.success) throw new Error(`content/data/pay-rules-2026.json rule "${id}": ${parsed.error.message}`);
  return parsed.data;
}

const yen = z.number().int().nonnegative();
const rate = z.number().min(0).max(1);
const upTo = yen.nullable();
const amountSteps = z.object({ steps: z.array(z.object({ upTo, amount: yen })).min(1) });
const component = z.object({
  key: z.enum(["medical", "support", "care", "child"]),
  label: z.string(),
  incomeRate: rate,
  perCapita: yen,
  perHousehold: yen,
  cap: yen,
  careAgeOnly: z.boolean(),
});
const municipality = z.object({ name: z.string(), baseDeduction: yen, components: z.array(component).min(1) });
const grades = z.array(z.tuple([yen, yen])).min(1);

export type AmountStep = { upTo: number | null; amount: number };
export type KokuhoComponent = z.infer<typeof component>;
export type Municipality = z.infer<typeof municipality>;

/** The parameters of 令和8年分, each read from the data file and shaped as the calculation uses it. */
export const rules = {
  incomeTaxBrackets: read("income-tax-brackets", z.object({ brackets: z.array(z.object({ upTo, rate, deduction: yen })).min(1) })).brackets,
  reconstructionSurtax: read("reconstruction-surtax", z.object({ rate, lastYear: z.number().int() })),
  basicDeduction: read("basic-deduction-income-tax", amountSteps).steps,
  salaryDeduction: read(
    "salary-income-deduction",
    z.object({ minimum: yen, roundingBelow: yen, roundingUnit: yen, steps: z.array(z.object({ upTo, rate, add: yen })).min(1) }),
  ),
  residentTax: read("resident-tax-rates", z.object({ cityRate: rate, prefectureRate: rate, cityPerCapita: yen, prefecturePerCapita: yen, forestTax: yen })),
  residentBasicDeduction: read("resident-tax-basic-deduction", amountSteps).steps,
  residentAdjustment: read(
    "resident-tax-adjustment",
    z.object({ basicDifference: yen, rate, cityShare: rate, prefectureShare: rate, threshold: yen, minimum: yen, maxIncome: yen }),
  ),
  residentExemption: read("resident-tax-exemption", z.object({ perCapitaLimit: yen, incomeLevyLimit: yen })),
  nationalPension: read("national-pension", z.object({ monthly: yen })),
  municipalities: {
    tokyo23: read("kokuho-tokyo23", municipality),
    ichikawa: read("kokuho-ichikawa", municipality),
  },
  kokuhoReduction: read("kokuho-reduction", z.object({ base: yen, fiveTenthsPerPerson: yen, twoTenthsPerPerson: yen })),
  kyokaiKenpo: read("kyokai-kenpo-tokyo", z.object({ health: rate, care: rate, childSupport: rate })),
  standardRemuneration: read("standard-remuneration", z.object({ health: grades, pension: grades })),
  pensionInsurance: read("pension-insurance", z.object({ rate })),
  bonusCaps: read("bonus-caps", z.object({ healthAnnual: yen, pensionPerPayment: yen })),
  employmentInsurance: read("employment-insurance", z.object({ workerRate: rate })),
  consumptionTax: read("consumption-tax", z.object({ rate, nationalRate: rate, localNumerator: yen, localDenominator: yen })),
  consumptionThresholds: read("consumption-tax-thresholds", z.object({ exemptBaseSales: yen, simplifiedBaseSales: yen })),
  simplifiedDeemedRate: read("simplified-deemed-rate", z.object({ rate })).rate,
  twoTenths: read("two-tenths-special", z.object({ payableShare: rate, lastYearForIndividuals: z.number().int() })),
  businessTax: read("business-tax", z.object({ rate, ownerDeduction: yen })),
  blueReturn: read("blue-return", z.object({ options: z.array(yen).min(1) })).options,
  ideco: read("ideco", z.object({ monthlyMin: yen, monthlyMax: yen, unit: yen })),
  smallBusinessMutualAid: read("small-business-mutual-aid", z.object({ monthlyMin: yen, monthlyMax: yen, unit: yen })),
};

export type MunicipalityKey = keyof typeof rules.municipalities;

/** The amount of the first step whose upper bound (inclusive; null = no bound) the value does not exceed. */
export function stepAmount(steps: readonly AmountStep[], value: number): number {
  const step = steps.find((item) => item.upTo === null || value <= item.upTo);
  return step ? step.amount : 0;
}
