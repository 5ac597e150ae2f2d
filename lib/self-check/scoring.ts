import { pmoTypes, type PmoTypeSlug } from "@/lib/pmo-types/data";
import { selfCheckQuestions } from "./questions";

export type Answers = number[];

/** Answers travel as one digit (1–5) per question: "34512…". Anything else is refused. */
export function encodeAnswers(answers: Answers): string {
  return answers.join("");
}

export function decodeAnswers(value: unknown): Answers | null {
  if (typeof value !== "string" || value.length !== selfCheckQuestions.length || !/^[1-5]+$/.test(value)) return null;
  return [...value].map(Number);
}

/** From form fields q1…qN; null when any is missing or out of range. */
export function answersFromFields(fields: Record<string, unknown>): Answers | null {
  const digits = selfCheckQuestions.map((_, index) => fields[`q${index + 1}`]);
  return decodeAnswers(digits.every((digit) => typeof digit === "string") ? digits.join("") : null);
}

export type SuitabilityBand = "high" | "good" | "developing" | "careful";

export interface SelfCheckResult {
  /** 0–100: how well PMO work suits the reader. */
  suitability: number;
  band: SuitabilityBand;
  /** 0–100 per type, and the best fit (ties go to the earlier, more accessible type). */
  typeScores: Record<PmoTypeSlug, number>;
  bestType: PmoTypeSlug;
  strengths: string[];
  growthAreas: string[];
}

const agreement = (answer: number) => (answer - 1) / 4;

export function bandOf(suitability: number): SuitabilityBand {
  if (suitability >= 75) return "high";
  if (suitability >= 55) return "good";
  if (suitability >= 40) return "developing";
  return "careful";
}

export function scoreSelfCheck(answers: Answers): SelfCheckResult {
  let suitabilitySum = 0;
  let suitabilityCount = 0;
  const strengths: string[] = [];
  const growthAreas: string[] = [];
  const typeTotals = Object.fromEntries(pmoTypes.map((type) => [type.slug, { earned: 0, possible: 0 }])) as Record<
    PmoTypeSlug,
    { earned: number; possible: number }
  >;

  selfCheckQuestions.forEach((question, index) => {
    const answer = answers[index] ?? 3;
    if (question.suitability !== 0) {
      const fit = question.suitability === 1 ? agreement(answer) : 1 - agreement(answer);
      suitabilitySum += fit;
      suitabilityCount += 1;
      if (fit >= 0.75) strengths.push(question.strength);
      if (fit <= 0.25) growthAreas.push(question.strength);
    }
    for (const [slug, weight] of Object.entries(question.types) as [PmoTypeSlug, number][]) {
      typeTotals[slug].earned += weight * agreement(answer);
      typeTotals[slug].possible += weight;
    }
  });

  const typeScores = Object.fromEntries(
    pmoTypes.map((type) => [type.slug, Math.round((100 * typeTotals[type.slug].earned) / typeTotals[type.slug].possible)]),
  ) as Record<PmoTypeSlug, number>;
  const bestType = pmoTypes.reduce((best, type) => (typeScores[type.slug] > typeScores[best] ? type.slug : best), pmoTypes[0]!.slug);
  const suitability = Math.round((100 * suitabilitySum) / suitabilityCount);
  return { suitability, band: bandOf(suitability), typeScores, bestType, strengths, growthAreas };
}
