"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/actions/validated-action";
import { validatedActionWithUser } from "@/lib/actions/with-user";
import { japanToday } from "@/lib/calendar/japan-date";
import { trackCertification } from "@/lib/certifications/tracking/queries";
import { limitMessages } from "@/lib/limits/vocabulary";
import { getCareerPath } from "@/lib/paths/catalogue";
import { afterChange, refreshPlanPages, refusal, type PlanActionData } from "../action-results";
import { defaultTargetDate, suggestMilestones } from "../due-dates";
import { createPlan, deletePlan, setPlanArchived, setPrimaryPlan, updatePlanDetails } from "./queries";
import { createPlanSchema, deletePlanSchema, planVersionSchema, updatePlanSchema } from "../schema";

const pastTarget: ActionState<PlanActionData> = { error: "入力内容を確認してください。", fieldErrors: { targetDate: "目標日は今日以降の日付にしてください。" } };

export const createPlanAction = validatedActionWithUser(createPlanSchema, async ({ pathSlug, ...input }, user) => {
  const today = japanToday();
  if (input.targetDate && input.targetDate < today) return pastTarget;
  const path = pathSlug ? await getCareerPath(pathSlug) : null;
  const targetDate = input.targetDate ?? (path ? defaultTargetDate(path, today) : null);
  const milestones = path && targetDate ? suggestMilestones(path, targetDate, today) : [];
  const plan = await createPlan(user.id, { ...input, targetDate, pathSlug: path?.slug ?? null }, milestones);
  if (!plan) return { error: limitMessages.plans };
  for (const slug of new Set(milestones.flatMap((milestone) => milestone.certificationSlug ?? []))) {
    await trackCertification(user.id, slug);
  }
  refreshPlanPages();
  redirect(`/me/plans/${plan.id}?created=1`);
});

export const updatePlanAction = validatedActionWithUser(updatePlanSchema, async ({ planId, version, ...details }, user) =>
  afterChange(await updatePlanDetails(user.id, planId, version, details), planId, "プランの内容を保存しました。"),
);

export const makePrimaryAction = validatedActionWithUser(planVersionSchema, async ({ planId, version }, user) =>
  afterChange(await setPrimaryPlan(user.id, planId, version), planId, "メインのプランにしました。"),
);

export const archivePlanAction = validatedActionWithUser(planVersionSchema, async ({ planId, version }, user) =>
  afterChange(await setPlanArchived(user.id, planId, version, true), planId, "プランをアーカイブしました。"),
);

export const restorePlanAction = validatedActionWithUser(planVersionSchema, async ({ planId, version }, user) =>
  afterChange(await setPlanArchived(user.id, planId, version, false), planId, "プランをアーカイブから戻しました。"),
);

export const deletePlanAction = validatedActionWithUser(deletePlanSchema, async ({ planId, version }, user) => {
  const outcome = await deletePlan(user.id, planId, version);
  if (outcome !== "deleted") return refusal(outcome);
  refreshPlanPages();
  redirect("/me/plans?deleted=1");
});
