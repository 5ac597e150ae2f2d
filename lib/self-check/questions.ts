import type { PmoTypeSlug } from "@/lib/pmo-types/data";

export interface SelfCheckQuestion {
  text: string;
  /** 1: agreeing suits PMO work; -1: agreeing suggests friction; 0: only informs the type. */
  suitability: 1 | -1 | 0;
  /** How strongly agreeing points to each PMO type. */
  types: Partial<Record<PmoTypeSlug, number>>;
  /** What a high (or, for suitability -1, a low) answer says about the reader. */
  strength: string;
}

export const answerScale = [
  { value: 1, label: "当てはまらない" },
  { value: 2, label: "あまり当てはまらない" },
  { value: 3, label: "どちらともいえない" },
  { value: 4, label: "やや当てはまる" },
  { value: 5, label: "当てはまる" },
] as const;

export const selfCheckQuestions: SelfCheckQuestion[] = [
  { text: "細かい数字や日付のずれに、人より早く気づくほうだ", suitability: 1, types: { management: 2, "third-party": 1 }, strength: "数字や期日の小さなずれに気づける" },
  { text: "人の話を聞いて、要点を短くまとめ直すのが得意だ", suitability: 1, types: { support: 2 }, strength: "話の要点を整理して伝えられる" },
  { text: "資料や議事録を、読み手にわかりやすく整えるのが苦にならない", suitability: 1, types: { support: 2, corporate: 1 }, strength: "読み手を考えた資料づくりができる" },
  { text: "複数の仕事を抱えても、優先順位をつけて順に片づけられる", suitability: 1, types: { management: 1, support: 1 }, strength: "複数の仕事を優先順位で回せる" },
  { text: "自分が主役でなくても、チームが成果を出せればやりがいを感じる", suitability: 1, types: { support: 2 }, strength: "チームの成果を自分の喜びにできる" },
  { text: "立場の違う人の間に入って、落としどころを探すのは嫌いではない", suitability: 1, types: { support: 1, corporate: 1, strategy: 1 }, strength: "利害の違う人の間を調整できる" },
  { text: "決めたルールや手順を、周りにも守ってもらうよう働きかけられる", suitability: 1, types: { management: 2, corporate: 1 }, strength: "ルールを周りに浸透させられる" },
  { text: "トラブルが起きたとき、まず事実と原因を確かめてから動く", suitability: 1, types: { "third-party": 2, management: 1 }, strength: "事実と原因から冷静に考えられる" },
  { text: "新しいツールや管理の手法を覚えて、試してみるのが好きだ", suitability: 1, types: { corporate: 2 }, strength: "新しい手法やツールを学ぶ意欲がある" },
  { text: "遅れやリスクの兆しを見つけて、早めに手を打つのが得意だ", suitability: 1, types: { management: 2 }, strength: "問題を先回りして防げる" },
  { text: "目立たない裏方の作業でも、こつこつ続けられる", suitability: 1, types: { support: 2 }, strength: "地道な作業を続けられる" },
  { text: "予算や投資対効果など、経営の数字に興味がある", suitability: 0, types: { strategy: 3 }, strength: "経営の数字に関心がある" },
  { text: "複数のプロジェクトを見渡して、どれを優先するか決める仕事に惹かれる", suitability: 0, types: { strategy: 2, corporate: 1 }, strength: "全体を見渡して優先順位を考えられる" },
  { text: "組織全体で使うルールやテンプレートを整える仕組みづくりが好きだ", suitability: 0, types: { corporate: 3 }, strength: "仕組みづくり・標準化が好き" },
  { text: "社内の人材育成や研修の企画に関わってみたい", suitability: 0, types: { corporate: 2, support: 1 }, strength: "人を育てることに関心がある" },
  { text: "外部の立場から、プロジェクトを客観的に評価してみたい", suitability: 0, types: { "third-party": 3 }, strength: "客観的な評価に関心がある" },
  { text: "言いにくいことでも、根拠を示して率直に伝えられる", suitability: 1, types: { "third-party": 2, management: 1 }, strength: "根拠を示して率直に伝えられる" },
  { text: "経営層に向けて報告や提案をする場面に挑戦したい", suitability: 0, types: { strategy: 2, "third-party": 1 }, strength: "経営層への報告・提案に意欲がある" },
  { text: "自分の手で何かを作ること以外には、あまり興味が持てない", suitability: -1, types: {}, strength: "調整や管理の仕事にも関心を持てる" },
  { text: "予定外の依頼や割り込みが続くと、強いストレスを感じる", suitability: -1, types: {}, strength: "割り込みや予定変更にも柔軟に対応できる" },
];
