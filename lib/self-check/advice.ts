import type { PmoTypeSlug } from "@/lib/pmo-types/data";
import type { SuitabilityBand } from "./scoring";

export const bandAdvice: Record<SuitabilityBand, { label: string; text: string }> = {
  high: {
    label: "とても向いています",
    text: "段取り・調整・管理の素地がそろっています。経験がなくてもPMOアシスタントから始めやすく、経験者なら上位のタイプやPMへのステップも視野に入ります。",
  },
  good: {
    label: "向いています",
    text: "PMOの仕事に必要な素地の多くがあります。伸ばしたい項目を意識して経験を積めば、早い段階で頼られる存在になれます。",
  },
  developing: {
    label: "素質はあります（伸ばす余地あり）",
    text: "得意な部分と苦手な部分がはっきりしています。苦手な項目はスキルとして後から身につくものが多いので、仕事内容を具体的に知ったうえで判断しましょう。",
  },
  careful: {
    label: "慎重に検討しましょう",
    text: "今の志向では、調整や管理が中心の仕事に負担を感じるかもしれません。PMOの実態や、やめとけと言われる理由を読んだうえで、自分に合う働き方を考えてみてください。",
  },
};

const guidesByBand: Record<SuitabilityBand, string[]> = {
  high: ["pmo-without-experience", "pmo-career-paths"],
  good: ["pmo-without-experience", "pmo-skill-up"],
  developing: ["pmo-skill-up", "pmo-duties"],
  careful: ["pmo-aptitude", "pmo-yametoke"],
};

const guidesByType: Record<PmoTypeSlug, string[]> = {
  support: ["pmo-meetings-minutes", "pmo-duties"],
  management: ["pmo-tools-templates", "pmo-duties"],
  strategy: ["pmo-career-paths", "pmo-outlook-salary"],
  corporate: ["pmo-tools-templates", "pmo-skill-up"],
  "third-party": ["pmo-certifications", "pmo-career-paths"],
};

/** Up to four guide slugs to read next, the band's first. */
export function recommendedGuideSlugs(band: SuitabilityBand, bestType: PmoTypeSlug): string[] {
  return [...new Set([...guidesByBand[band], ...guidesByType[bestType], "pmo-types"])].slice(0, 4);
}
