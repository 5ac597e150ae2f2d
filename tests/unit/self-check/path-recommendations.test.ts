import { describe, expect, it } from "vitest";
import { recommendPaths } from "@/lib/self-check/path-recommendations";

const paths = [
  { slug: "inexperienced-to-pmo-assistant", from: "未経験", pmoTypes: ["support" as const] },
  { slug: "office-to-pmo", from: "事務・営業事務", pmoTypes: ["support" as const, "management" as const] },
  { slug: "se-to-pmo", from: "SE・エンジニア", pmoTypes: ["support" as const, "management" as const, "third-party" as const] },
  { slug: "pmo-to-pm", from: "PMO", pmoTypes: ["support" as const, "management" as const] },
  { slug: "pmo-to-pdm", from: "PMO", pmoTypes: ["strategy" as const, "corporate" as const] },
];
const scores = (strategy: number) => ({ support: 40, management: 50, strategy, corporate: 70, "third-party": 30 });

describe("recommendPaths", () => {
  it("puts the paths built on the reader's best type first when PMO work suits them", () => {
    const slugs = recommendPaths({ band: "high", bestType: "strategy", typeScores: scores(90) }, paths).map((path) => path.slug);
    expect(slugs[0]).toBe("pmo-to-pdm");
    expect(slugs).toHaveLength(3);
  });

  it("shows only ways into PMO work to a reader still weighing it", () => {
    const slugs = recommendPaths({ band: "careful", bestType: "strategy", typeScores: scores(90) }, paths).map((path) => path.slug);
    expect(slugs).toEqual(["office-to-pmo", "inexperienced-to-pmo-assistant"]);
  });
});
