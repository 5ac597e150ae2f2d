// Certification and career-path slugs that guides may point at, with the names links show.
// tests/unit/catalogue checks that each has its page in content/certifications and content/paths.

export const certificationNames = {
  pmp: "PMP",
  capm: "CAPM",
  "pmi-acp": "PMI-ACP",
  "ipa-pm": "プロジェクトマネージャ試験（IPA）",
  "ipa-ap": "応用情報技術者試験",
  "ipa-fe": "基本情報技術者試験",
  "ipa-ip": "ITパスポート",
  "pmo-specialist-1": "PMOスペシャリスト ★",
  "pmo-specialist-2": "PMOスペシャリスト ★★",
  p2m: "P2M（PMS / PMR）",
  "itil4-foundation": "ITIL 4 Foundation",
} as const;

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

export type CertificationSlug = keyof typeof certificationNames;
export type PathSlug = keyof typeof pathNames;

export const certificationSlugs = Object.keys(certificationNames) as [CertificationSlug, ...CertificationSlug[]];
export const pathSlugs = Object.keys(pathNames) as [PathSlug, ...PathSlug[]];
