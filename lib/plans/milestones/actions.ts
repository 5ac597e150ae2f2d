"use server";

import { validatedActionWithUser } from "@/lib/actions/with-user";
import { trackCertification } from "@/lib/certifications/tracking/queries";
import { afterChange } from "../action-results";
import { addMilestone, deleteMilestone, moveMilestone, setMilestoneStatus, updateMilestone } from "./queries";
import { addMilestoneSchema, deleteMilestoneSchema, milestoneStatusSchema, moveMilestoneSchema, updateMilestoneSchema } from "../schema";
import { milestoneStatuses } from "../vocabulary";

/** A milestone about a certification puts it on the user's certification tracker too. */
async function trackLinkedCertification(userId: string, slug: string | null, saved: boolean) {
  if (saved && slug) await trackCertification(userId, slug);
}

export const addMilestoneAction = validatedActionWithUser(addMilestoneSchema, async ({ planId, version, ...input }, user) => {
  const result = await addMilestone(user.id, planId, version, input);
  await trackLinkedCertification(user.id, input.certificationSlug, result.ok);
  return afterChange(result, planId, `マイルストーン「${input.title}」を追加しました。`);
});

export const updateMilestoneAction = validatedActionWithUser(updateMilestoneSchema, async ({ planId, version, milestoneId, ...input }, user) => {
  const result = await updateMilestone(user.id, planId, version, milestoneId, input);
  await trackLinkedCertification(user.id, input.certificationSlug, result.ok);
  return afterChange(result, planId, `マイルストーン「${input.title}」を保存しました。`);
});

export const milestoneStatusAction = validatedActionWithUser(milestoneStatusSchema, async ({ planId, version, milestoneId, status }, user) =>
  afterChange(await setMilestoneStatus(user.id, planId, version, milestoneId, status), planId, (milestone) => `「${milestone.title}」を${milestoneStatuses[status]}にしました。`),
);

export const moveMilestoneAction = validatedActionWithUser(moveMilestoneSchema, async ({ planId, version, milestoneId, direction }, user) =>
  afterChange(await moveMilestone(user.id, planId, version, milestoneId, direction), planId, ({ title, moved }) =>
    moved ? `「${title}」を1つ${direction === "up" ? "上" : "下"}に移動しました。` : `「${title}」はすでに${direction === "up" ? "先頭" : "最後"}です。`,
  ),
);

export const deleteMilestoneAction = validatedActionWithUser(deleteMilestoneSchema, async ({ planId, version, milestoneId }, user) =>
  afterChange(await deleteMilestone(user.id, planId, version, milestoneId), planId, ({ title }) => `マイルストーン「${title}」を削除しました。`),
);
