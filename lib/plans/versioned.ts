import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { plans } from "@/db/schema";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Why a change to a plan was not made: it is not the user's, or the form was loaded before someone else's save. */
export type RefusalReason = "not-found" | "stale" | "bookmark";
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
