import { addDays, addMonths, daysBetween, type IsoDate } from "@/lib/calendar/japan-date";
import type { CareerPath } from "@/lib/paths/catalogue";
import type { MilestoneKind } from "./vocabulary";

export interface SuggestedMilestone {
  kind: MilestoneKind;
  title: string;
  dueDate: IsoDate;
  certificationSlug: string | null;
}

type PathStages = Pick<CareerPath, "stages">;

/** A target date that gives the path its typical length, counted from today. */
export function defaultTargetDate(path: Pick<CareerPath, "typicalMonths">, today: IsoDate): IsoDate {
  return addMonths(today, path.typicalMonths);
}

/**
 * Each stage's milestones are due when that stage ends, counted back from the target date by the
 * months of the stages after it. When the target is sooner than the path's typical length, the
 * stages are squeezed in proportion between today and the target, so no suggestion lies in the past.
 */
export function suggestMilestones(path: PathStages, targetDate: IsoDate, today: IsoDate): SuggestedMilestone[] {
  const total = path.stages.reduce((sum, stage) => sum + stage.months, 0);
  const squeeze = addMonths(targetDate, -total) < today;
  const span = Math.max(0, daysBetween(today, targetDate));
  let elapsed = 0;
  return path.stages.flatMap((stage) => {
    elapsed += stage.months;
    const dueDate = squeeze ? addDays(today, Math.round((span * elapsed) / total)) : addMonths(targetDate, elapsed - total);
    return stage.milestones.map((milestone) => ({
      kind: milestone.kind,
      title: milestone.title,
      dueDate,
      certificationSlug: milestone.certification ?? null,
    }));
  });
}
