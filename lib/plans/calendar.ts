import type { Plan, PlanMilestone } from "@/db/schema";
import type { CalendarEvent } from "@/lib/calendar/ics";
import { milestoneFacts } from "./export-labels";

/** Stable per milestone, so importing the file again updates events instead of duplicating them. */
export const milestoneUid = (milestoneId: string) => `plan-milestone-${milestoneId}@pmo-career-guide`;

/** One all-day event per dated milestone; undated ones have no place in a calendar. */
export function planToEvents(
  plan: Pick<Plan, "title">,
  milestones: Pick<PlanMilestone, "id" | "title" | "kind" | "status" | "dueDate" | "doneOn">[],
  planUrl?: string,
): CalendarEvent[] {
  return milestones.flatMap((milestone) =>
    milestone.dueDate
      ? [
          {
            uid: milestoneUid(milestone.id),
            date: milestone.dueDate,
            summary: `${milestone.status === "done" ? "✓ " : ""}${milestone.title}`,
            description: `${plan.title}\n${milestoneFacts(milestone)}`,
            url: planUrl,
          },
        ]
      : [],
  );
}
