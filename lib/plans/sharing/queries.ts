import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { planMilestones, plans, type Plan, type PlanMilestone } from "@/db/schema";
import { changePlan } from "../plans/queries";

/** 192 random bits, URL-safe: 32 characters that nobody can guess or enumerate. */
export const newShareToken = () => randomBytes(24).toString("base64url");
const tokenPattern = /^[A-Za-z0-9_-]{32}$/;

/** Turns the read-only public link on (keeping the existing token if it is already on). */
export function enableSharing(userId: string, planId: string, version: number) {
  return changePlan(userId, planId, version, async (tx) => {
    const [plan] = await tx
      .update(plans)
      .set({ shareToken: sql`coalesce(${plans.shareToken}, ${newShareToken()})` })
      .where(and(eq(plans.id, planId), eq(plans.userId, userId)))
      .returning({ shareToken: plans.shareToken });
    return plan!.shareToken!;
  });
}

/** Revoking forgets the token, so the old link stops working for good; sharing again makes a new one. */
export function revokeSharing(userId: string, planId: string, version: number) {
  return changePlan(userId, planId, version, (tx) => tx.update(plans).set({ shareToken: null }).where(and(eq(plans.id, planId), eq(plans.userId, userId))));
}

export type SharedPlan = Pick<Plan, "title" | "goalRole" | "targetDate" | "updatedAt"> & {
  milestones: Pick<PlanMilestone, "id" | "title" | "kind" | "status" | "dueDate" | "doneOn" | "position" | "certificationSlug">[];
};

/** What a shared link shows: no owner, no notes, no bookmarks. Null for an unknown or revoked token. */
export async function getSharedPlan(token: string): Promise<SharedPlan | null> {
  if (!tokenPattern.test(token)) return null;
  const db = await getDb();
  const [plan] = await db
    .select({ id: plans.id, userId: plans.userId, title: plans.title, goalRole: plans.goalRole, targetDate: plans.targetDate, updatedAt: plans.updatedAt })
    .from(plans)
    .where(eq(plans.shareToken, token));
  if (!plan) return null;
  const milestones = await db
    .select({
      id: planMilestones.id,
      title: planMilestones.title,
      kind: planMilestones.kind,
      status: planMilestones.status,
      dueDate: planMilestones.dueDate,
      doneOn: planMilestones.doneOn,
      position: planMilestones.position,
      certificationSlug: planMilestones.certificationSlug,
    })
    .from(planMilestones)
    .where(and(eq(planMilestones.planId, plan.id), eq(planMilestones.userId, plan.userId)))
    .orderBy(planMilestones.position);
  return { title: plan.title, goalRole: plan.goalRole, targetDate: plan.targetDate, updatedAt: plan.updatedAt, milestones };
}
