/**
 * The PMP exam in force since July 2026, as data for study plans. Domain names are confirmed by a
 * PMI-authorised trainer's page; the weights are not yet confirmed on PMI's own page, so every
 * consumer must show `weightsStatus` next to them (a weight is never presented as PMI's figure).
 */
export const pmpExamDomains = [
  { id: "people", name: "People", nameJa: "人", weightPercent: 33 },
  { id: "process", name: "Process", nameJa: "プロセス", weightPercent: 41 },
  { id: "business_environment", name: "Business Environment", nameJa: "ビジネス環境", weightPercent: 26 },
] as const;

export type PmpExamDomainId = (typeof pmpExamDomains)[number]["id"];

export const pmpExamOutline = {
  inForceFrom: "2026-07-09",
  weightsStatus: "unverified" as "verified" | "unverified",
  /** Question count and time: not confirmed on PMI's page on the day checked. */
  questions: null as number | null,
  minutes: null as number | null,
  sources: [
    { label: "PMTraining「PMP Exam Update July 2026」", url: "https://www.pmtraining.com/about/pmp-exam-update-july-2026", checked: "2026-12-01", facts: ["開始日", "領域の名前"] },
    { label: "PMP Guide「PMI Examination Content Outline 2026: What Changed & Why」（解説記事）", url: "https://www.pmp-guide.com/blog/pmi-examination-content-outline-2026-explained", checked: "2026-12-01", facts: ["領域の比率（未確認）"] },
  ],
} as const;
