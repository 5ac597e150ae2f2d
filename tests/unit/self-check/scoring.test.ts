import { describe, expect, it } from "vitest";
import { pmoTypes } from "@/lib/pmo-types/data";
import { recommendedGuideSlugs } from "@/lib/self-check/advice";
import { selfCheckQuestions } from "@/lib/self-check/questions";
import { answersFromFields, bandOf, decodeAnswers, scoreSelfCheck } from "@/lib/self-check/scoring";

const count = selfCheckQuestions.length;
const all = (value: number) => Array.from({ length: count }, () => value);

describe("self-check answers", () => {
  it("has 15 to 20 questions and every type is measured", () => {
    expect(count).toBeGreaterThanOrEqual(15);
    expect(count).toBeLessThanOrEqual(20);
    for (const type of pmoTypes) expect(selfCheckQuestions.some((question) => (question.types[type.slug] ?? 0) > 0), type.slug).toBe(true);
  });

  it("decodes one digit 1–5 per question and refuses anything else", () => {
    expect(decodeAnswers("3".repeat(count))).toEqual(all(3));
    for (const bad of ["3".repeat(count - 1), "6".repeat(count), "0".repeat(count), `${"3".repeat(count - 1)}x`, 33, null, ["3"]]) {
      expect(decodeAnswers(bad)).toBeNull();
    }
  });

  it("reads q1…qN form fields, refusing a missing or hostile one", () => {
    const fields = Object.fromEntries(selfCheckQuestions.map((_, index) => [`q${index + 1}`, "4"]));
    expect(answersFromFields(fields)).toEqual(all(4));
    expect(answersFromFields({ ...fields, q7: undefined })).toBeNull();
    expect(answersFromFields({ ...fields, q7: "<script>" })).toBeNull();
    expect(answersFromFields({ ...fields, q7: ["4", "5"] })).toBeNull();
  });
});

describe("scoreSelfCheck", () => {
  it("scores a reader who agrees with every PMO trait and rejects every friction as highly suited", () => {
    const answers = selfCheckQuestions.map((question) => (question.suitability === -1 ? 1 : 5));
    const result = scoreSelfCheck(answers);
    expect(result.suitability).toBe(100);
    expect(result.band).toBe("high");
    expect(result.growthAreas).toEqual([]);
    expect(result.strengths.length).toBe(selfCheckQuestions.filter((question) => question.suitability !== 0).length);
  });

  it("scores the opposite reader as one to think carefully", () => {
    const answers = selfCheckQuestions.map((question) => (question.suitability === -1 ? 5 : 1));
    const result = scoreSelfCheck(answers);
    expect(result.suitability).toBe(0);
    expect(result.band).toBe("careful");
    expect(result.strengths).toEqual([]);
  });

  it("picks the type the answers point at", () => {
    const leaning = (slug: string) =>
      selfCheckQuestions.map((question) => {
        const weights = Object.entries(question.types);
        const strongest = weights.sort((a, b) => b[1] - a[1])[0]?.[0];
        return strongest === slug ? 5 : 1;
      });
    for (const type of pmoTypes) expect(scoreSelfCheck(leaning(type.slug)).bestType, type.slug).toBe(type.slug);
  });

  it("keeps every score between 0 and 100", () => {
    const result = scoreSelfCheck(all(3));
    expect(result.suitability).toBe(50);
    for (const score of Object.values(result.typeScores)) expect(score).toBe(50);
  });

  it("draws band boundaries at 75, 55 and 40", () => {
    expect([100, 75, 74, 55, 54, 40, 39, 0].map(bandOf)).toEqual(["high", "high", "good", "good", "developing", "developing", "careful", "careful"]);
  });

  it("recommends up to four distinct guides, starting with the band's", () => {
    const slugs = recommendedGuideSlugs("careful", "support");
    expect(slugs[0]).toBe("pmo-aptitude");
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.length).toBeLessThanOrEqual(4);
  });
});
