import { formatJapaneseDate } from "@/lib/calendar/japan-date";
import type { PlanMilestone } from "@/db/schema";
import { milestoneKinds, milestoneStatuses } from "./vocabulary";

/** One line describing a milestone's kind, status and dates, shared by the Markdown and calendar exports. */
export function milestoneFacts(milestone: Pick<PlanMilestone, "kind" | "status" | "dueDate" | "doneOn">): string {
  const facts: string[] = [milestoneKinds[milestone.kind], milestoneStatuses[milestone.status]];
  if (milestone.dueDate) facts.push(`期日 ${formatJapaneseDate(milestone.dueDate)}`);
  if (milestone.doneOn) facts.push(`完了 ${formatJapaneseDate(milestone.doneOn)}`);
  return facts.join(" / ");
}
