import type { BudgetBand, CareerEmploymentType, CareerPhase } from "@/db/vocabulary";
// Plain data with no imports, so client components and db/schema can use it.

/** The phases a project may cover, in the order a skill sheet prints them as columns. */
export const careerPhases: Record<CareerPhase, string> = {
  planning: "企画・構想",
  requirements: "要件定義",
  design: "設計",
  build: "開発・構築",
  test: "テスト",
  migration: "移行・導入",
  operation: "運用・保守",
} as const;
export type { CareerPhase } from "@/db/vocabulary";

/** Short column headings for the phases on a skill sheet. */
export const careerPhaseColumns: Record<CareerPhase, string> = {
  planning: "企画",
  requirements: "要件",
  design: "設計",
  build: "開発",
  test: "テスト",
  migration: "移行",
  operation: "運用",
};

/** Budget in bands: people rarely may state an exact figure, and a band is what agents ask. */
export const budgetBands: Record<BudgetBand, string> = {
  "under-10m": "1,000万円未満",
  "10m-50m": "1,000万〜5,000万円",
  "50m-100m": "5,000万〜1億円",
  "100m-500m": "1億〜5億円",
  "500m-1b": "5億〜10億円",
  "1b-plus": "10億円以上",
} as const;
export type { BudgetBand } from "@/db/vocabulary";

export const careerEmploymentTypes: Record<CareerEmploymentType, string> = {
  "full-time": "正社員",
  contract: "契約社員",
  dispatch: "派遣社員",
  freelance: "フリーランス（業務委託）",
  "side-job": "副業",
} as const;
export type { CareerEmploymentType } from "@/db/vocabulary";

/** How a document orders the chosen projects. */
export const projectOrders = {
  newest: "新しい順（逆編年体）",
  oldest: "古い順（編年体）",
  custom: "職務経歴の一覧で並べた順",
} as const;
export type ProjectOrder = keyof typeof projectOrders;

/** Achievement slots per project, each situation → action → result. */
export const achievementSlots = 3;

/** Shown when a company may not be named and the user left no wording for it. */
export const unnamedCompany = "社名非公開";

/**
 * The parts of a PMP application's project description, in the order the built text joins them,
 * with the English label each part starts with.
 */
export const pmpDescriptionParts = {
  pmpObjective: { label: "Objective", japanese: "プロジェクトの目的（Objective）" },
  pmpRole: { label: "My role", japanese: "自分の役割（Role）" },
  pmpResponsibilities: { label: "Responsibilities", japanese: "担当した責任範囲（Responsibilities）" },
  pmpDeliverables: { label: "Deliverables", japanese: "主な成果物（Deliverables）" },
  pmpOutcome: { label: "Outcome", japanese: "結果（Outcome）" },
} as const;
export type PmpDescriptionPart = keyof typeof pmpDescriptionParts;
