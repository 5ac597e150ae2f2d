import "server-only";
import { and, desc, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { guideReads, plans, selfCheckResults, trackedCertifications } from "@/db/schema";
import type { SuggestionSignals } from "./suggest-guides";

/** What the dashboard's guide suggestions are based on, all scoped to the user. */
export async function getSuggestionSignals(userId: string): Promise<SuggestionSignals> {
  const db = await getDb();
  const [latest] = await db
    .select({ bestType: selfCheckResults.bestType })
    .from(selfCheckResults)
    .where(eq(selfCheckResults.userId, userId))
    .orderBy(desc(selfCheckResults.takenAt))
    .limit(1);
  const pathRows = await db.select({ slug: plans.pathSlug }).from(plans).where(and(eq(plans.userId, userId), isNotNull(plans.pathSlug)));
  const certRows = await db.select({ slug: trackedCertifications.certificationSlug }).from(trackedCertifications).where(eq(trackedCertifications.userId, userId));
  const readRows = await db.select({ slug: guideReads.guideSlug }).from(guideReads).where(eq(guideReads.userId, userId));
  return {
    bestType: latest?.bestType ?? null,
    pathSlugs: pathRows.flatMap((row) => (row.slug ? [row.slug] : [])),
    certificationSlugs: certRows.map((row) => row.slug),
    readSlugs: readRows.map((row) => row.slug),
  };
}

/** Records that a signed-in user opened a guide (idempotent). */
export async function recordGuideRead(userId: string, guideSlug: string): Promise<void> {
  const db = await getDb();
  await db.insert(guideReads).values({ userId, guideSlug }).onConflictDoUpdate({ target: [guideReads.userId, guideReads.guideSlug], set: { readAt: new Date() } });
}
