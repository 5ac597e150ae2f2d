// The certifications a guide, a path or a plan may name, with the names links show.
// Plain data with no imports, so client components can use it; tests/unit/catalogue checks that
// each has its page in content/certifications.

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

export type CertificationSlug = keyof typeof certificationNames;
export const certificationSlugs = Object.keys(certificationNames) as [CertificationSlug, ...CertificationSlug[]];
