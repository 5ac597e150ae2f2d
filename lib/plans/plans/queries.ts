import "server-only";
import { and, asc, count, desc, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { bookmarks, listings, planMilestones, plans, type Plan, type PlanMilestone } from "@/db/schema";
import { isUuid } from "@/lib/ids";
import { lockUser } from "@/lib/limits/queries";
import { limits } from "@/lib/limits/vocabulary";
import type { SuggestedMilestone } from "../due-dates";

// ---- Every change of a plan or its milestones goes through the version check

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Why a change to a plan was not made: it is not the user's, or the form was loaded before someone else's save. */
export type RefusalReason = "not-found" | "stale" | "bookmark" | "limit";
export type ChangeResult<T> = { ok: true; value: T; version: number } | { ok: false; reason: RefusalReason };

/** Thrown inside a change to roll it back, including the version bump. */
export class ChangeRefused extends Error {
  constructor(readonly reason: RefusalReason) {
    super(reason);
  }
}

/**
 * Runs a change to a plan or its milestones in one transaction that first bumps the plan's version
 * with `UPDATE … WHERE version = $loaded`: if another save got there first, no row matches and the
 * change is refused instead of silently overwriting it.
 */
export async function changePlan<T>(userId: string, planId: string, loadedVersion: number, change: (tx: Tx) => Promise<T>): Promise<ChangeResult<T>> {
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [bumped] = await tx
        .update(plans)
        .set({ version: sql`${plans.version} + 1` })
        .where(and(eq(plans.id, planId), eq(plans.userId, userId), eq(plans.version, loadedVersion)))
        .returning({ version: plans.version });
      if (!bumped) {
        const [exists] = await tx.select({ id: plans.id }).from(plans).where(and(eq(plans.id, planId), eq(plans.userId, userId)));
        throw new ChangeRefused(exists ? "stale" : "not-found");
      }
      return { ok: true as const, value: await change(tx), version: bumped.version };
    });
  } catch (error) {
    if (error instanceof ChangeRefused) return { ok: false, reason: error.reason };
    throw error;
  }
}

// ---- Plans

export type PlanSummaryRow = Plan & { done: number; total: number };
export type MilestoneWithLinks = PlanMilestone & { listing: { id: string; title: string } | null };
export type PlanWithMilestones = Plan & { milestones: MilestoneWithLinks[] };

/** The user's plans, active first (primary on top), each with its milestone counts. */
export async function listPlans(userId: string): Promise<PlanSummaryRow[]> {
  const db = await getDb();
  return db
    .select({
      plan: plans,
      total: sql<number>`count(${planMilestones.id})::int`,
      done: sql<number>`(count(${planMilestones.id}) filter (where ${planMilestones.status} = 'done'))::int`,
    })
    .from(plans)
    .leftJoin(planMilestones, eq(planMilestones.planId, plans.id))
    .where(eq(plans.userId, userId))
    .groupBy(plans.id)
    .orderBy(sql`${plans.archivedAt} is not null`, desc(plans.isPrimary), desc(plans.updatedAt), asc(plans.id))
    .then((rows) => rows.map(({ plan, total, done }) => ({ ...plan, total, done })));
}

async function milestonesOf(userId: string, planId: string): Promise<MilestoneWithLinks[]> {
  const db = await getDb();
  const rows = await db
    .select({ milestone: planMilestones, listingId: listings.id, listingTitle: listings.title })
    .from(planMilestones)
    // Only the user's own bookmark resolves to a listing.
    .leftJoin(bookmarks, and(eq(bookmarks.id, planMilestones.bookmarkId), eq(bookmarks.userId, userId)))
    .leftJoin(listings, eq(listings.id, bookmarks.listingId))
    .where(and(eq(planMilestones.planId, planId), eq(planMilestones.userId, userId)))
    .orderBy(asc(planMilestones.position), asc(planMilestones.createdAt));
  return rows.map(({ milestone, listingId, listingTitle }) => ({
    ...milestone,
    listing: listingId && listingTitle ? { id: listingId, title: listingTitle } : null,
  }));
}

/** One of the user's plans with its milestones in order; null when it is not theirs or does not exist. */
export async function getPlan(userId: string, planId: string): Promise<PlanWithMilestones | null> {
  if (!isUuid(planId)) return null;
  const db = await getDb();
  const [plan] = await db.select().from(plans).where(and(eq(plans.id, planId), eq(plans.userId, userId)));
  return plan ? { ...plan, milestones: await milestonesOf(userId, plan.id) } : null;
}

/** The plan the dashboard follows: the primary one, else the most recently changed active one. */
export async function getFeaturedPlan(userId: string): Promise<PlanWithMilestones | null> {
  const db = await getDb();
  const [plan] = await db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.userId, userId), isNull(plans.archivedAt)))
    .orderBy(desc(plans.isPrimary), desc(plans.updatedAt), asc(plans.id))
    .limit(1);
  return plan ? getPlan(userId, plan.id) : null;
}

export interface NewPlan {
  title: string;
  goalRole: string;
  targetDate: string | null;
  pathSlug: string | null;
}

/**
 * Creates a plan with its first milestones; the user's first active plan becomes the primary one.
 * Null, with nothing written, when the user already has the maximum number of plans.
 */
export async function createPlan(userId: string, input: NewPlan, milestones: SuggestedMilestone[] = []): Promise<Plan | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (!(await lockUser(tx, userId))) return null;
    const [existing] = await tx.select({ value: count() }).from(plans).where(eq(plans.userId, userId));
    if ((existing?.value ?? 0) >= limits.plansPerUser) return null;
    const [primary] = await tx.select({ id: plans.id }).from(plans).where(and(eq(plans.userId, userId), eq(plans.isPrimary, true)));
    const [plan] = await tx
      .insert(plans)
      .values({ userId, ...input, isPrimary: !primary })
      .returning();
    if (milestones.length > 0) {
      await tx.insert(planMilestones).values(milestones.slice(0, limits.milestonesPerPlan).map((milestone, position) => ({ ...milestone, planId: plan!.id, userId, position })));
    }
    return plan!;
  });
}

export function updatePlanDetails(userId: string, planId: string, version: number, details: Omit<NewPlan, "pathSlug">) {
  return changePlan(userId, planId, version, (tx) => tx.update(plans).set(details).where(and(eq(plans.id, planId), eq(plans.userId, userId))));
}

/** Makes an active plan the primary one; the previous primary plan (also changed) gets a new version too. */
export function setPrimaryPlan(userId: string, planId: string, version: number) {
  return changePlan(userId, planId, version, async (tx) => {
    await tx
      .update(plans)
      .set({ isPrimary: false, version: sql`${plans.version} + 1` })
      .where(and(eq(plans.userId, userId), eq(plans.isPrimary, true), ne(plans.id, planId)));
    const [made] = await tx
      .update(plans)
      .set({ isPrimary: true })
      .where(and(eq(plans.id, planId), eq(plans.userId, userId), isNull(plans.archivedAt)))
      .returning({ id: plans.id });
    if (!made) throw new ChangeRefused("not-found");
  });
}

/** Archiving also gives up the primary place, so the dashboard moves on to an active plan. */
export function setPlanArchived(userId: string, planId: string, version: number, archived: boolean) {
  return changePlan(userId, planId, version, (tx) =>
    tx
      .update(plans)
      .set(archived ? { archivedAt: new Date(), isPrimary: false } : { archivedAt: null })
      .where(and(eq(plans.id, planId), eq(plans.userId, userId))),
  );
}

/** Deletes a plan and (by cascade) its milestones, only at the version the user saw. */
export async function deletePlan(userId: string, planId: string, version: number): Promise<"deleted" | "stale" | "not-found"> {
  const db = await getDb();
  const [deleted] = await db
    .delete(plans)
    .where(and(eq(plans.id, planId), eq(plans.userId, userId), eq(plans.version, version)))
    .returning({ id: plans.id });
  if (deleted) return "deleted";
  return (await getPlan(userId, planId)) ? "stale" : "not-found";
}

