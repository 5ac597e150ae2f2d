import type { Plan, PlanMilestone } from "@/db/schema";
import { formatJapaneseDate } from "@/lib/calendar/japan-date";
import { milestoneFacts } from "./export-labels";
import { planProgress } from "./progress";

type ExportPlan = Pick<Plan, "title" | "goalRole" | "targetDate">;
type ExportMilestone = Pick<PlanMilestone, "title" | "kind" | "status" | "dueDate" | "doneOn" | "note" | "certificationSlug">;

/** Characters Markdown would read as syntax inside a line of text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|!]/g, "\\$&").replace(/\r?\n/g, " ");
}

/**
 * The owner's plan as a Markdown checklist: done milestones checked, each with its kind, status,
 * dates and private note (the export is the owner's own copy).
 */
export function planToMarkdown(plan: ExportPlan, milestones: ExportMilestone[], certificationNames: Record<string, string> = {}): string {
  const progress = planProgress(milestones);
  const lines = [`# ${escapeMarkdown(plan.title)}`, "", `- 目標: ${escapeMarkdown(plan.goalRole)}`];
  if (plan.targetDate) lines.push(`- 目標日: ${formatJapaneseDate(plan.targetDate)}`);
  lines.push(`- 進捗: ${progress.done} / ${progress.total} 件完了（${progress.percent}%）`, "", "## マイルストーン", "");
  if (milestones.length === 0) lines.push("（まだマイルストーンはありません）");
  for (const milestone of milestones) {
    lines.push(`- [${milestone.status === "done" ? "x" : " "}] ${escapeMarkdown(milestone.title)}`, `  - ${milestoneFacts(milestone)}`);
    if (milestone.certificationSlug) {
      lines.push(`  - 資格: ${escapeMarkdown(certificationNames[milestone.certificationSlug] ?? milestone.certificationSlug)}`);
    }
    if (milestone.note.trim()) lines.push(`  - メモ: ${escapeMarkdown(milestone.note.trim())}`);
  }
  return `${lines.join("\n")}\n`;
}
