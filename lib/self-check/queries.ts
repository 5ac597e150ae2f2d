import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { selfCheckResults, type SelfCheckRecord } from "@/db/schema";
import { encodeAnswers, scoreSelfCheck, type Answers } from "./scoring";

export async function saveSelfCheckResult(userId: string, answers: Answers): Promise<SelfCheckRecord> {
  const db = await getDb();
  const result = scoreSelfCheck(answers);
  const [saved] = await db
    .insert(selfCheckResults)
    .values({ userId, answers: encodeAnswers(answers), suitability: result.suitability, bestType: result.bestType, typeScores: result.typeScores })
    .returning();
  return saved!;
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
