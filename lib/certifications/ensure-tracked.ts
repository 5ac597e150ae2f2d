import "server-only";
import { getDb } from "@/db/client";
import { trackedCertifications } from "@/db/schema";

/** Starts tracking a certification (as "interested") unless the user already tracks it; never changes an existing entry. */
export async function ensureCertificationTracked(userId: string, slug: string): Promise<void> {
  const db = await getDb();
  await db
    .insert(trackedCertifications)
    .values({ userId, certificationSlug: slug })
    .onConflictDoNothing({ target: [trackedCertifications.userId, trackedCertifications.certificationSlug] });
}
