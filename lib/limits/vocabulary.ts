/** How much one account may keep; each write checks its count in the same transaction as the insert. */
export const limits = {
  plansPerUser: 20,
  milestonesPerPlan: 100,
  studySessionsPerCertification: 5000,
  pduEntriesPerCertification: 1000,
  selfCheckResultsPerUser: 100,
  savedSearchesPerUser: 20,
  careerProjectsPerUser: 200,
} as const;

const n = (value: number) => value.toLocaleString("ja-JP");

export const limitMessages = {
  plans: `作成できるキャリアプランは${n(limits.plansPerUser)}件までです（アーカイブ中のプランを含みます）。不要なプランを削除してから作成してください。`,
  milestones: `1つのプランに登録できるマイルストーンは${n(limits.milestonesPerPlan)}件までです。不要なマイルストーンを削除するか、別のプランに分けてください。`,
  studySessions: `1つの資格に記録できる学習記録は${n(limits.studySessionsPerCertification)}件までです。古い記録を削除してから追加してください。`,
  pduEntries: `1つの資格に記録できるPDUは${n(limits.pduEntriesPerCertification)}件までです。不要な記録を削除してから追加してください。`,
  savedSearches: `保存できる検索条件は${n(limits.savedSearchesPerUser)}件までです。不要なものを削除してください。`,
  careerProjects: `職務経歴に登録できる案件は${n(limits.careerProjectsPerUser)}件までです。不要な案件を削除してから追加してください。`,
} as const;
