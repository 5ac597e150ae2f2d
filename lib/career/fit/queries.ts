import "server-only";
import { and, asc, eq, isNull, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { listings, planMilestones, plans } from "@/db/schema";
import { isUuid } from "@/lib/ids";

/** The parts of a listing the fit compares: public data, read by id. */
export async function getListingAsks(listingId: string) {
  if (!isUuid(listingId)) return null;
  const db = await getDb();
  const [listing] = await db
    .select({ id: listings.id, title: listings.title, requiredSkills: listings.requiredSkills, preferredSkills: listings.preferredSkills, certifications: listings.certifications })
    .from(listings)
    .where(eq(listings.id, listingId));
  return listing ?? null;
}

/** Milestones the user has not finished in their active plans: what they are working on. */
export async function listOpenMilestones(userId: string) {
  const db = await getDb();
  return db
    .select({ title: planMilestones.title, certificationSlug: planMilestones.certificationSlug, planId: plans.id, planTitle: plans.title })
    .from(planMilestones)
    .innerJoin(plans, and(eq(plans.id, planMilestones.planId), eq(plans.userId, userId)))
    .where(and(eq(planMilestones.userId, userId), ne(planMilestones.status, "done"), isNull(plans.archivedAt)))
    .orderBy(asc(planMilestones.position));
}
