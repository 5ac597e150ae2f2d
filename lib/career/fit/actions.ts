"use server";

import type { ActionState } from "@/lib/actions/validated-action";
import { validatedActionWithUser } from "@/lib/actions/with-user";
import { trackCertification } from "@/lib/certifications/tracking/queries";
import { refreshPlanPages, refusal } from "@/lib/plans/action-results";
import { addMilestone } from "@/lib/plans/milestones/queries";
import { getFeaturedPlan } from "@/lib/plans/plans/queries";
import { certificationSlugFor } from "./load";
import { getListingAsks } from "./queries";
import { addFitMilestoneSchema } from "./schema";

/**
 * Adds a skill or certification a listing asks for, and the user lacks, to their plan as a
 * milestone. Only names the listing really lists are accepted, so the form cannot add anything else.
 */
export const addFitMilestoneAction = validatedActionWithUser(addFitMilestoneSchema, async ({ listingId, kind, name }, user): Promise<ActionState> => {
  const listing = await getListingAsks(listingId);
  const asked = listing ? (kind === "skill" ? [...listing.requiredSkills, ...listing.preferredSkills] : listing.certifications) : [];
  if (!listing || !asked.includes(name)) return { error: "この求人の条件は見つかりませんでした。ページを再読み込みしてください。" };
  const plan = await getFeaturedPlan(user.id);
  if (!plan) return { error: "追加先のキャリアプランがありません。先にキャリアプランを作成してください。" };
  const title = kind === "certification" ? `${name}を取得する` : name;
  if (plan.milestones.some((milestone) => milestone.title === title && milestone.status !== "done")) {
    return { ok: true, message: `「${title}」はすでにプラン「${plan.title}」にあります。` };
  }
  const certificationSlug = kind === "certification" ? await certificationSlugFor(name) : null;
  const requirement = kind === "certification" ? "歓迎資格" : listing.requiredSkills.includes(name) ? "必須スキル" : "歓迎スキル";
  const result = await addMilestone(user.id, plan.id, plan.version, {
    title,
    kind: kind === "certification" ? "certification" : "skill",
    dueDate: null,
    note: `求人「${listing.title}」の${requirement}から追加（/listings/${listing.id}）`,
    certificationSlug,
    bookmarkId: null,
  });
  if (!result.ok) return refusal(result.reason);
  if (certificationSlug) await trackCertification(user.id, certificationSlug);
  refreshPlanPages(plan.id);
  return { ok: true, message: `プラン「${plan.title}」にマイルストーン「${title}」を追加しました。` };
});
