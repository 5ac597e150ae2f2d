import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { trackedCertifications, users } from "@/db/schema";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * Locks the owner's row until the transaction ends, so two requests counting the same rows
 * take turns: without it both could count 19 under READ COMMITTED and both insert a 20th.
 */
export async function lockUser(tx: Tx, userId: string): Promise<boolean> {
  const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
  return Boolean(row);
}

/** Locks one of the user's tracked certifications; false when it is not theirs. */
export async function lockTrackedCertification(tx: Tx, userId: string, trackedId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: trackedCertifications.id })
    .from(trackedCertifications)
    .where(and(eq(trackedCertifications.userId, userId), eq(trackedCertifications.id, trackedId)))
    .for("update");
  return Boolean(row);
}
