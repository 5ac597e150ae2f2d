// Plain data with no imports, so client components can use it without pulling in the content loader.
export const milestoneKinds = { skill: "スキル", certification: "資格", experience: "経験", application: "応募", other: "その他" } as const;
export type MilestoneKind = keyof typeof milestoneKinds;

export const milestoneStatuses = { todo: "未着手", doing: "進行中", done: "完了" } as const;
export type MilestoneStatus = keyof typeof milestoneStatuses;
