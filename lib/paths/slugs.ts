// The career paths a guide, a certification or a plan may name, with the names links show.
// Plain data with no imports; tests/unit/catalogue checks that each has its page in content/paths.

export const pathNames = {
  "inexperienced-to-pmo-assistant": "未経験 → PMOアシスタント",
  "office-to-pmo": "事務・営業事務 → PMO",
  "se-to-pmo": "SE・エンジニア → PMO",
  "pmo-assistant-to-lead": "PMOアシスタント → PMO（リード）",
  "pmo-to-pm": "PMO → PM",
  "pmo-to-it-consultant": "PMO → ITコンサルタント",
  "pmo-to-freelance": "PMO → フリーランスPMO",
  "pmo-to-it-specialist": "PMO → ITスペシャリスト",
  "pmo-to-pdm": "PMO → PdM・事業企画",
} as const;

export type PathSlug = keyof typeof pathNames;
export const pathSlugs = Object.keys(pathNames) as [PathSlug, ...PathSlug[]];
