// Plain data, so client components can use it without pulling in the content loader. Stored keys: db/vocabulary.ts.
import type { MilestoneKind, MilestoneStatus } from "@/db/vocabulary";

export type { MilestoneKind, MilestoneStatus } from "@/db/vocabulary";

export const milestoneKinds = { skill: "スキル", certification: "資格", experience: "経験", application: "応募", other: "その他" } as const satisfies Record<MilestoneKind, string>;
export const milestoneStatuses = { todo: "未着手", doing: "進行中", done: "完了" } as const satisfies Record<MilestoneStatus, string>;
