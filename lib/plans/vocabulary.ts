import { milestoneKinds } from "@/lib/paths/catalogue";

export type MilestoneKind = keyof typeof milestoneKinds;
export { milestoneKinds };

export const milestoneStatuses = { todo: "未着手", doing: "進行中", done: "完了" } as const;
export type MilestoneStatus = keyof typeof milestoneStatuses;
