import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
import { bookmarks, planMilestones, type PlanMilestone } from "@/db/schema";
import { japanToday } from "@/lib/calendar/japan-date";
import { limits } from "@/lib/limits/vocabulary";
import { ChangeRefused, changePlan, type Tx } from "../plans/queries";
import type { MilestoneInput } from "../schema";
import type { MilestoneStatus } from "../vocabulary";

const ofPlan = (userId: string, planId: string) => and(eq(planMilestones.planId, planId), eq(planMilestones.userId, userId));
const oneMilestone = (userId: string, planId: string, milestoneId: string) => and(ofPlan(userId, planId), eq(planMilestones.id, milestoneId));

/** A milestone may point only at the user's own bookmark. */
async function checkBookmark(tx: Tx, userId: string, bookmarkId: string | null) {
  if (!bookmarkId) return;
  const [owned] = await tx.select({ id: bookmarks.id }).from(bookmarks).where(and(eq(bookmarks.id, bookmarkId), eq(bookmarks.userId, userId)));
  if (!owned) throw new ChangeRefused("bookmark");
}

/** Done keeps the date it was first done; any other status clears it. */
const doneOnFor = (status: MilestoneStatus) => (status === "done" ? sql`coalesce(${planMilestones.doneOn}, ${japanToday()}::date)` : null);

export function addMilestone(userId: string, planId: string, version: number, input: MilestoneInput) {
  return changePlan(userId, planId, version, async (tx) => {
    await checkBookmark(tx, userId, input.bookmarkId);
    // changePlan's version bump holds the plan's row lock, so concurrent additions count in turn.
    const [last] = await tx
      .select({ position: sql<number>`coalesce(max(${planMilestones.position}), -1)::int`, total: count() })
      .from(planMilestones)
      .where(ofPlan(userId, planId));
    if ((last?.total ?? 0) >= limits.milestonesPerPlan) throw new ChangeRefused("limit");
    const [added] = await tx
      .insert(planMilestones)
      .values({ ...input, planId, userId, position: (last?.position ?? -1) + 1 })
      .returning();
    return added!;
  });
}

export function updateMilestone(userId: string, planId: string, version: number, milestoneId: string, input: MilestoneInput & { status: MilestoneStatus }) {
  return changePlan(userId, planId, version, async (tx): Promise<PlanMilestone> => {
    await checkBookmark(tx, userId, input.bookmarkId);
    const [updated] = await tx
      .update(planMilestones)
      .set({ ...input, doneOn: doneOnFor(input.status) })
      .where(oneMilestone(userId, planId, milestoneId))
      .returning();
    if (!updated) throw new ChangeRefused("not-found");
    return updated;
  });
}

export function setMilestoneStatus(userId: string, planId: string, version: number, milestoneId: string, status: MilestoneStatus) {
  return changePlan(userId, planId, version, async (tx): Promise<PlanMilestone> => {
    const [updated] = await tx.update(planMilestones).set({ status, doneOn: doneOnFor(status) }).where(oneMilestone(userId, planId, milestoneId)).returning();
    if (!updated) throw new ChangeRefused("not-found");
    return updated;
  });
}

/** Swaps a milestone with its neighbour above or below; at either end it stays where it is. */
export function moveMilestone(userId: string, planId: string, version: number, milestoneId: string, direction: "up" | "down") {
  return changePlan(userId, planId, version, async (tx) => {
    const ordered = await tx
      .select({ id: planMilestones.id, position: planMilestones.position, title: planMilestones.title })
      .from(planMilestones)
      .where(ofPlan(userId, planId))
      .orderBy(asc(planMilestones.position), asc(planMilestones.createdAt));
    const index = ordered.findIndex((milestone) => milestone.id === milestoneId);
    if (index === -1) throw new ChangeRefused("not-found");
    const other = ordered[direction === "up" ? index - 1 : index + 1];
    if (!other) return { title: ordered[index]!.title, moved: false };
    // Renumber the whole list with the two swapped, which also repairs any duplicate positions.
    const order = ordered.map((milestone) => milestone.id);
    order[index] = other.id;
    order[ordered.indexOf(other)] = milestoneId;
    for (const [position, id] of order.entries()) {
      await tx.update(planMilestones).set({ position }).where(oneMilestone(userId, planId, id));
    }
    return { title: ordered[index]!.title, moved: true };
  });
}

export function deleteMilestone(userId: string, planId: string, version: number, milestoneId: string) {
  return changePlan(userId, planId, version, async (tx) => {
    const [deleted] = await tx.delete(planMilestones).where(oneMilestone(userId, planId, milestoneId)).returning({ title: planMilestones.title });
    if (!deleted) throw new ChangeRefused("not-found");
    return deleted;
  });
}

