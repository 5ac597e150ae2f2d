import type { CalculatorInput } from "./input";
import { rules, type MunicipalityKey } from "./rules";
import {
  ageBands,
  blueReturnOptions,
  consumptionMethods,
  municipalityOptions,
  rateBases,
  workModes,
  type AgeBand,
  type BlueReturn,
  type ConsumptionMethod,
  type RateBasis,
  type WorkMode,
} from "./vocabulary";

/** The URL keys of the form, which are also its field names. */
export const fieldNames = [
  "rate",
  "rateTax",
  "mode",
  "days",
  "util",
  "months",
  "expenses",
  "blue",
  "ideco",
  "kyosai",
  "ctax",
  "base",
  "btax",
  "salary",
  "bonus",
  "workdays",
  "age",
  "city",
] as const;
export type FieldName = (typeof fieldNames)[number];
export type FieldValues = Record<FieldName, string>;
export type RawParams = Record<string, string | string[] | undefined>;

/** モデルケース shown before anything is entered: a 週3日・月60万円 project against a 年収700万円 offer. */
export const defaultValues: FieldValues = {
  rate: "60",
  rateTax: "ex",
  mode: "days",
  days: "3",
  util: "60",
  months: "12",
  expenses: "30",
  blue: "65",
  ideco: "0",
  kyosai: "0",
  ctax: "twoTenths",
  base: "",
  btax: "1",
  salary: "700",
  bonus: "4",
  workdays: "240",
  age: "under40",
  city: "tokyo23",
};

export interface ParsedCalculator {
  values: FieldValues;
  errors: Partial<Record<FieldName, string>>;
  input: CalculatorInput | null;
  /** Nothing was given, so the モデルケース is shown. */
  isModelCase: boolean;
}

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);
// 全角 digits and 1,234 style separators are what people type; anything else is refused, not guessed at.
const normalise = (raw: string) => raw.normalize("NFKC").replace(/[\s,]/g, "").slice(0, 32);

type Check = { ok: true; value: number } | { ok: false };
function decimal(raw: string, min: number, max: number, places: number): Check {
  const text = normalise(raw);
  const pattern = places > 0 ? new RegExp(`^\\d{1,9}(\\.\\d{1,${places}})?$`) : /^\d{1,9}$/;
  if (!pattern.test(text)) return { ok: false };
  const value = Number(text);
  return value >= min && value <= max ? { ok: true, value } : { ok: false };
}

function choice<T extends string>(options: Record<T, string>, raw: string): T | null {
  return Object.hasOwn(options, raw) ? (raw as T) : null;
}

const man = (value: number) => Math.round(value * 10_000);

/**
 * Reads the calculator's inputs from a URL query. Every problem becomes a message in Japanese for
 * its field, and a query with any problem yields no input at all: nothing is calculated from it.
 */
export function parseCalculator(params: RawParams): ParsedCalculator {
  const given = fieldNames.some((name) => first(params[name]) !== undefined);
  const values = {} as FieldValues;
  // A missing key keeps its モデルケース value, so a link that sets only the rate still works.
  for (const name of fieldNames) values[name] = (first(params[name]) ?? defaultValues[name]).slice(0, 64);
  const errors: Partial<Record<FieldName, string>> = {};

  const number = (name: FieldName, min: number, max: number, places: number, message: string): number => {
    const checked = decimal(values[name], min, max, places);
    if (!checked.ok) errors[name] = message;
    return checked.ok ? checked.value : 0;
  };
  const pick = <T extends string>(name: FieldName, options: Record<T, string>, message: string): T => {
    const picked = choice(options, values[name]);
    if (picked === null) errors[name] = message;
    return picked ?? (Object.keys(options)[0] as T);
  };

  const rate = number("rate", 0, 500, 2, "月額単価は0〜500（万円）の数字で入力してください（例：60）。");
  const rateBasis = pick<RateBasis>("rateTax", rateBases, "単価が税抜か税込かを選んでください。");
  const workMode = pick<WorkMode>("mode", workModes, "稼働の指定のしかたを選んでください。");
  const days = workMode === "days" ? number("days", 0.5, 5, 1, "週の稼働日数は0.5〜5日で入力してください（例：3）。") : 0;
  const util = workMode === "util" ? number("util", 1, 100, 1, "稼働率は1〜100（％）で入力してください（例：60）。") : 0;
  const months = number("months", 1, 12, 0, "稼働する月数は1〜12の整数で入力してください。");
  const expenses = number("expenses", 0, 10_000, 2, "経費は年額0〜10,000（万円）で入力してください。");
  const blue = pick<BlueReturn>("blue", blueReturnOptions, "申告のしかたを選んでください。");
  const ideco = contribution("ideco", rules.ideco, "iDeCoの掛金");
  const kyosai = contribution("kyosai", rules.smallBusinessMutualAid, "小規模企業共済の掛金");
  const ctax = pick<ConsumptionMethod>("ctax", consumptionMethods, "消費税の扱いを選んでください。");
  const base = values.base.trim() === "" ? null : number("base", 0, 100_000, 2, "前々年の売上は0〜100,000（万円）で入力するか、空欄にしてください。");
  if (values.btax !== "1" && values.btax !== "0") errors.btax = "個人事業税がかかるかどうかを選んでください。";
  const salary = number("salary", 0, 10_000, 2, "年収は0〜10,000（万円）の数字で入力してください（例：700）。");
  const bonus = number("bonus", 0, 12, 1, "賞与は0〜12（か月分）で入力してください（例：4）。");
  const workdays = number("workdays", 1, 366, 0, "年間の勤務日数は1〜366の整数で入力してください。");
  const age = pick<AgeBand>("age", ageBands, "年齢を選んでください。");
  const city = pick<MunicipalityKey>("city", municipalityOptions, "お住まいの地域を選んでください。");

  function contribution(name: "ideco" | "kyosai", limits: { monthlyMin: number; monthlyMax: number; unit: number }, label: string): number {
    const yen = (value: number) => value.toLocaleString("ja-JP");
    const message = `${label}は0円か、月${yen(limits.monthlyMin)}〜${yen(limits.monthlyMax)}円（${yen(limits.unit)}円単位）で入力してください。`;
    const value = number(name, 0, limits.monthlyMax, 0, message);
    if (!errors[name] && value !== 0 && (value < limits.monthlyMin || value % limits.unit !== 0)) errors[name] = message;
    return value;
  }

  if (Object.keys(errors).length > 0) return { values, errors, input: null, isModelCase: false };
  return {
    values,
    errors,
    isModelCase: !given,
    input: {
      person: { age, municipality: city },
      freelance: {
        monthlyRate: man(rate),
        rateBasis,
        workMode,
        daysPerWeek: days,
        utilization: util,
        months,
        expenses: man(expenses),
        blueReturn: blue,
        idecoMonthly: ideco,
        mutualAidMonthly: kyosai,
        consumption: ctax,
        baseSales: base === null ? null : man(base),
        businessTaxApplies: values.btax === "1",
      },
      employee: { annualSalary: man(salary), bonusMonths: bonus, workDays: workdays },
    },
  };
}

/** The query string that reproduces a calculation: what the share link carries. */
export function calculatorQuery(values: FieldValues): string {
  const query = new URLSearchParams();
  for (const name of fieldNames) {
    if (name === "days" && values.mode === "util") continue;
    if (name === "util" && values.mode !== "util") continue;
    query.set(name, values[name]);
  }
  return query.toString();
}
