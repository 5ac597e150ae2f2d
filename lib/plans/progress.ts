import type { PlanMilestone } from "@/db/schema";
import type { IsoDate } from "@/lib/calendar/japan-date";

export type MilestoneLike = Pick<PlanMilestone, "status" | "dueDate" | "position">;

export interface PlanProgress {
  done: number;
  total: number;
  /** 0–100, rounded down so a plan is never shown as 100% before its last milestone is done. */
  percent: number;
}

export function progressOf(done: number, total: number): PlanProgress {
  return { done, total, percent: total === 0 ? 0 : Math.floor((100 * done) / total) };
}

export function planProgress(milestones: Pick<PlanMilestone, "status">[]): PlanProgress {
  return progressOf(milestones.filter((milestone) => milestone.status === "done").length, milestones.length);
}

/** Past its due date (Japan time) and not done yet. */
export function isOverdue(milestone: Pick<PlanMilestone, "status" | "dueDate">, today: IsoDate): boolean {
  return milestone.status !== "done" && milestone.dueDate !== null && milestone.dueDate < today;
}

/** The milestones still to do, soonest due first; undated ones after the dated, in plan order. */
export function upcomingMilestones<Milestone extends MilestoneLike>(milestones: Milestone[], count: number): Milestone[] {
  return milestones
    .filter((milestone) => milestone.status !== "done")
    .sort((a, b) => {
      if (a.dueDate !== b.dueDate) {
        if (a.dueDate === null) return 1;
        if (b.dueDate === null) return -1;
        return a.dueDate < b.dueDate ? -1 : 1;
      }
      return a.position - b.position;
    })
    .slice(0, count);
}
