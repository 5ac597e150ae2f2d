import type { PlanMilestone } from "@/db/schema";
import type { IsoDate } from "@/lib/calendar/japan-date";
import { isOverdue } from "./progress";

type TimelineMilestone = Pick<PlanMilestone, "id" | "title" | "status" | "dueDate" | "position">;

export type TimelineRow<Milestone> =
  | { type: "month"; month: string; isCurrent: boolean; isTarget: boolean; milestones: (Milestone & { overdue: boolean })[] }
  /** A run of months with nothing due, shown as one line instead of many empty ones. */
  | { type: "gap"; months: number };

const monthOf = (date: IsoDate) => date.slice(0, 7);

function nextMonth(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, "0")}`;
}

/** "2026-12" → "2026年12月" */
export function formatMonth(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number);
  return `${year}年${monthNumber}月`;
}

/**
 * The months from the earliest of today and the first due date to the latest of the target and the
 * last due date; months with nothing due, not current and not the target collapse into gaps.
 */
export function planTimeline<Milestone extends TimelineMilestone>(milestones: Milestone[], targetDate: IsoDate | null, today: IsoDate): TimelineRow<Milestone>[] {
  const dated = milestones.filter((milestone) => milestone.dueDate !== null);
  const months = [today, ...(targetDate ? [targetDate] : []), ...dated.map((milestone) => milestone.dueDate!)].map(monthOf).sort();
  const first = months[0]!;
  const last = months[months.length - 1]!;
  const rows: TimelineRow<Milestone>[] = [];
  let gap = 0;
  for (let month = first; month <= last; month = nextMonth(month)) {
    const due = dated
      .filter((milestone) => monthOf(milestone.dueDate!) === month)
      .sort((a, b) => a.dueDate!.localeCompare(b.dueDate!) || a.position - b.position)
      .map((milestone) => ({ ...milestone, overdue: isOverdue(milestone, today) }));
    const isCurrent = month === monthOf(today);
    const isTarget = targetDate !== null && month === monthOf(targetDate);
    if (due.length === 0 && !isCurrent && !isTarget) {
      gap += 1;
      continue;
    }
    if (gap > 0) rows.push({ type: "gap", months: gap });
    gap = 0;
    rows.push({ type: "month", month, isCurrent, isTarget, milestones: due });
  }
  return rows;
}
