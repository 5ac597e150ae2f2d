import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { selfCheckResults, type SelfCheckRecord } from "@/db/schema";
import { lockUser } from "@/lib/limits/queries";
import { limits } from "@/lib/limits/vocabulary";
import { encodeAnswers, scoreSelfCheck, type Answers } from "./scoring";

/** Saves a result and keeps only the user's newest ones: past the limit the oldest are dropped, never the new one refused. */
export async function saveSelfCheckResult(userId: string, answers: Answers): Promise<SelfCheckRecord> {
  const db = await getDb();
  const result = scoreSelfCheck(answers);
  return db.transaction(async (tx) => {
    await lockUser(tx, userId);
    const [saved] = await tx
      .insert(selfCheckResults)
      .values({ userId, answers: encodeAnswers(answers), suitability: result.suitability, bestType: result.bestType, typeScores: result.typeScores })
      .returning();
    const beyond = await tx
      .select({ id: selfCheckResults.id })
      .from(selfCheckResults)
      .where(eq(selfCheckResults.userId, userId))
      .orderBy(desc(selfCheckResults.takenAt), desc(selfCheckResults.id))
      .offset(limits.selfCheckResultsPerUser);
    if (beyond.length > 0) {
      await tx.delete(selfCheckResults).where(and(eq(selfCheckResults.userId, userId), inArray(selfCheckResults.id, beyond.map((row) => row.id))));
    }
    return saved!;
  });
}

export async function getLatestSelfCheckResult(userId: string): Promise<SelfCheckRecord | null> {
  const db = await getDb();
  const [latest] = await db
    .select()
    .from(selfCheckResults)
    .where(eq(selfCheckResults.userId, userId))
    .orderBy(desc(selfCheckResults.takenAt))
    .limit(1);
  return latest ?? null;
}
