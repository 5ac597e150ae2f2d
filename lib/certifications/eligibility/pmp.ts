/** PMI's PMP eligibility, kept as data with its source. */
export const pmpDegrees = {
  secondary: { label: "高校卒業・短大卒業など（中等教育修了）", months: 60 },
  bachelor: { label: "4年制大学卒業（学士）以上", months: 36 },
  gac: { label: "PMIのGAC認定を受けた学士・修士課程の修了", months: 24 },
} as const;
export type PmpDegree = keyof typeof pmpDegrees;

const pmpEducationHours = 35;
/** Experience must fall within this many years before applying. */
export const pmpExperienceWindowYears = 8;

export const pmpEligibilitySource = {
  label: "PMI「PMP認定ハンドブック」（PMP Certification Handbook）",
  url: "https://www.pmi.org/certifications/project-management-pmp",
  checked: "2026-11-21",
  uncertainties: [
    "GAC認定課程の修了者は24か月とされていますが、課程の授業が35時間の教育に数えられるかは課程ごとに異なるため、ここでは教育時間を別に確認しています。",
    "経験の月数は、重なった期間を二重に数えない通算月数です（同じ月に2件のプロジェクトがあっても1か月）。",
    "申請後に監査に選ばれると、経験と教育の証明書類が求められます。この判定は申請の可否を保証するものではありません。",
  ],
} as const;

export interface EligibilityInput {
  degree: PmpDegree;
  /** Months leading projects within the past eight years, without overlaps. */
  experienceMonths: number;
  educationHours: number;
  holdsCapm: boolean;
}

export interface EligibilityResult {
  meets: boolean;
  requiredMonths: number;
  missingMonths: number;
  missingHours: number;
  messages: string[];
}

export function checkPmpEligibility(input: EligibilityInput): EligibilityResult {
  const requiredMonths = pmpDegrees[input.degree].months;
  const missingMonths = Math.max(0, requiredMonths - input.experienceMonths);
  const missingHours = input.holdsCapm ? 0 : Math.max(0, pmpEducationHours - input.educationHours);
  const messages: string[] = [];
  if (missingMonths > 0) {
    messages.push(`プロジェクトを率いた経験が、過去${pmpExperienceWindowYears}年以内であと${missingMonths}か月必要です（${pmpDegrees[input.degree].label}の場合は${requiredMonths}か月）。`);
  }
  if (missingHours > 0) {
    messages.push(`プロジェクトマネジメントの教育があと${Math.round(missingHours * 100) / 100}時間必要です（${pmpEducationHours}時間。CAPMを保有していれば不要）。`);
  }
  if (messages.length === 0) messages.push("経験と教育の条件を満たしています。PMIのサイトから受験を申請できます。");
  return { meets: missingMonths === 0 && missingHours === 0, requiredMonths, missingMonths, missingHours, messages };
}
