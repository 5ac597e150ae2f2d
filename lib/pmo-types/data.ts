import type { PmoTypeSlug } from "@/db/vocabulary";

// The slugs are stored in listings and self-check results, so they live with the tables.
export { pmoTypeSlugs, type PmoTypeSlug } from "@/db/vocabulary";

export const interestSlugs = ["documents", "numbers", "people", "systems", "strategy", "review", "growth"] as const;
export type InterestSlug = (typeof interestSlugs)[number];

export const interestLabels: Record<InterestSlug, string> = {
  documents: "資料・議事録をまとめる",
  numbers: "数字や進捗を管理する",
  people: "人と話して調整する",
  systems: "ルールや仕組みを整える",
  strategy: "経営・事業の視点で考える",
  review: "客観的に評価・指摘する",
  growth: "人を育てる・支える",
};

export interface PmoType {
  slug: PmoTypeSlug;
  name: string;
  short: string;
  summary: string;
  authority: string;
  scope: string;
  suits: string;
  tasks: string[];
  interests: InterestSlug[];
  /** Heading of this type's section in the pmo-types guide. */
  guideAnchor: string;
}

export const pmoTypes: PmoType[] = [
  {
    slug: "support",
    name: "支援型PMO",
    short: "支援型",
    summary: "PMの右腕として、会議運営・資料作成・情報整理などの実務でプロジェクトを回す。",
    authority: "弱い（決定はPMが行い、PMOは材料と段取りを用意する）",
    scope: "担当する1つのプロジェクト",
    suits: "段取りと文書作成が得意で、裏方としてチームを支えることにやりがいを感じる人。未経験・アシスタントからの入口にもなる。",
    tasks: ["定例会議の準備と議事録", "進捗・課題の取りまとめ", "報告資料の作成", "メンバーからの問い合わせ対応"],
    interests: ["documents", "people", "growth"],
    guideAnchor: "支援型pmo",
  },
  {
    slug: "management",
    name: "管理型PMO",
    short: "管理型",
    summary: "進捗・品質・コスト・リスクの管理ルールを決め、守られているかを確認して是正を促す。",
    authority: "中程度（管理基準に沿った報告や対応をチームに求められる）",
    scope: "1つの大規模プロジェクト、または複数チーム",
    suits: "数字や期日のずれに敏感で、ルールを守ってもらうよう粘り強く働きかけられる人。",
    tasks: ["WBS・進捗の定量管理", "課題・リスク管理表の運用", "品質指標の集計と報告", "変更管理の手続き"],
    interests: ["numbers", "systems", "review"],
    guideAnchor: "管理型pmo",
  },
  {
    slug: "strategy",
    name: "戦略型PMO",
    short: "戦略型",
    summary: "経営の方針に沿ってプロジェクトの優先順位や投資配分を考え、ポートフォリオを動かす。",
    authority: "強い（プロジェクトの開始・継続・中止の判断に関わる）",
    scope: "事業部や全社のプロジェクト群",
    suits: "経営の数字に関心があり、経営層への報告・提案に挑戦したい経験者。",
    tasks: ["プロジェクトの優先順位づけ", "投資対効果の評価", "経営層への報告・提言", "中長期計画との整合確認"],
    interests: ["strategy", "numbers"],
    guideAnchor: "戦略型pmo",
  },
  {
    slug: "corporate",
    name: "コーポレートPMO",
    short: "コーポレート",
    summary: "全社共通の管理標準・テンプレート・教育を整え、組織のプロジェクト遂行力を底上げする。",
    authority: "中〜強（全社標準を定め、各プロジェクトに展開する）",
    scope: "全社（常設の組織）",
    suits: "仕組みづくりや標準化が好きで、人材育成や社内展開に関わりたい人。",
    tasks: ["管理標準・テンプレートの整備", "プロジェクト横断の状況把握", "PM・PMO向け研修の企画", "ツール導入と定着支援"],
    interests: ["systems", "growth", "strategy"],
    guideAnchor: "コーポレートpmo",
  },
  {
    slug: "third-party",
    name: "第三者評価PMO",
    short: "第三者評価",
    summary: "プロジェクトの外から状況を客観的に評価し、リスクや問題を発注者・経営層に伝える。",
    authority: "評価・提言の権限（実行の責任はプロジェクト側が負う）",
    scope: "評価を依頼されたプロジェクト",
    suits: "言いにくいことも根拠を示して率直に伝えられ、事実と原因から考える人。",
    tasks: ["計画・進捗の妥当性評価", "リスクの洗い出しと提言", "監査・レビューの報告書作成", "立て直し計画の助言"],
    interests: ["review", "numbers", "strategy"],
    guideAnchor: "第三者評価pmo",
  },
];

export function getPmoType(slug: string): PmoType | undefined {
  return pmoTypes.find((type) => type.slug === slug);
}
