import { describe, expect, it } from "vitest";
import { parseEligibility } from "@/lib/certifications/eligibility/input";
import { checkPmpEligibility } from "@/lib/certifications/eligibility/pmp";

describe("PMP eligibility", () => {
  it("needs 36 months with a four-year degree, 60 with a secondary diploma and 24 with a GAC degree", () => {
    expect(checkPmpEligibility({ degree: "bachelor", experienceMonths: 36, educationHours: 35, holdsCapm: false }).meets).toBe(true);
    expect(checkPmpEligibility({ degree: "secondary", experienceMonths: 36, educationHours: 35, holdsCapm: false })).toMatchObject({ meets: false, missingMonths: 24 });
    expect(checkPmpEligibility({ degree: "gac", experienceMonths: 24, educationHours: 35, holdsCapm: false }).meets).toBe(true);
    expect(checkPmpEligibility({ degree: "gac", experienceMonths: 23, educationHours: 35, holdsCapm: false }).missingMonths).toBe(1);
  });

  it("says exactly what is missing", () => {
    const result = checkPmpEligibility({ degree: "bachelor", experienceMonths: 30, educationHours: 20, holdsCapm: false });
    expect(result.messages).toEqual([
      "プロジェクトを率いた経験が、過去8年以内であと6か月必要です（4年制大学卒業（学士）以上の場合は36か月）。",
      "プロジェクトマネジメントの教育があと15時間必要です（35時間。CAPMを保有していれば不要）。",
    ]);
  });

  it("counts a CAPM instead of the 35 hours of education", () => {
    expect(checkPmpEligibility({ degree: "bachelor", experienceMonths: 40, educationHours: 0, holdsCapm: true })).toMatchObject({ meets: true, missingHours: 0 });
  });

  it("reads the GET form and refuses bad input with Japanese messages", () => {
    expect(parseEligibility({})).toBeNull();
    expect(parseEligibility({ degree: "bachelor", months: "40", hours: "", capm: "1" })).toEqual({ input: { degree: "bachelor", experienceMonths: 40, educationHours: 0, holdsCapm: true } });
    expect(parseEligibility({ degree: "phd", months: "-3", hours: "x" })).toEqual({ errors: ["最終学歴を選んでください。", "経験の月数は0以上で入力してください。", "教育の時間数を数字で入力してください。"] });
  });

  it("uses the months counted from the career record instead of a typed number", () => {
    expect(parseEligibility({ degree: "bachelor", hours: "35" }, 18)).toEqual({ input: { degree: "bachelor", experienceMonths: 18, educationHours: 35, holdsCapm: false } });
    expect(parseEligibility({ degree: "bachelor", months: "99", hours: "35" }, 18)).toMatchObject({ input: { experienceMonths: 18 } });
    expect(parseEligibility({}, 18)).toBeNull();
  });
});
