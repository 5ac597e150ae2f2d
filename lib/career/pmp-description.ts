import { pmpDescriptionParts, type PmpDescriptionPart } from "./vocabulary";

/**
 * The length PMI is reported to expect of each project description. PMI's own pages could not be
 * checked for it (see `verified`), so the page says so and the counter is a guide, not a rule.
 */
export const pmpDescriptionLength = {
  minWords: 200,
  maxWords: 500,
  verified: false,
  checked: "2026-12-02",
  note: "PMIの公式ページ・ハンドブックでは確認できませんでした。申請支援サービスなどの解説で「200〜500語」と紹介されている目安です。申請画面の表示に従ってください。",
  reportedBy: [
    {
      label: "FastPMP「How do I create 200-500 word project descriptions for PMP Applications?」（申請支援サービスの解説。PMIの原典ではありません）",
      url: "https://www.fpmcertify.com/200-to-500-word-project-description/",
    },
  ],
} as const;

export const pmpPartOrder = Object.keys(pmpDescriptionParts) as PmpDescriptionPart[];

/** Words as an English word counter counts them: runs of characters between spaces. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** One paragraph per filled-in part, in the application's order, each led by its English label. */
export function buildPmpDescription(parts: Partial<Record<PmpDescriptionPart, string>>): string {
  return pmpPartOrder
    .map((part) => [part, (parts[part] ?? "").replace(/\s+/g, " ").trim()] as const)
    .filter(([, value]) => value)
    .map(([part, value]) => `${pmpDescriptionParts[part].label}: ${value}`)
    .join("\n\n");
}

export type LengthVerdict = "empty" | "short" | "ok" | "long";

export function lengthVerdict(words: number): LengthVerdict {
  if (words === 0) return "empty";
  if (words < pmpDescriptionLength.minWords) return "short";
  return words > pmpDescriptionLength.maxWords ? "long" : "ok";
}

/** True when a part holds Japanese: the application is written in English. */
export const hasJapanese = (text: string) => /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(text);
