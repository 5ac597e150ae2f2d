import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { selfCheckResults, users } from "@/db/schema";
import { getLatestSelfCheckResult, saveSelfCheckResult } from "@/lib/self-check/queries";
import { decodeAnswers, scoreSelfCheck } from "@/lib/self-check/scoring";
import { drivers, openWithTwoUsers, type TestDatabase } from "../support/databases";

describe.each(drivers)("self-check results on %s", (driver) => {
  let test: TestDatabase;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    ({ test, alice, bob } = await openWithTwoUsers(driver));
  });
  afterAll(() => test.drop());

  it("stores the score computed on the server and returns each user only their own latest result", async () => {
    const first = decodeAnswers("11111111111111111111")!;
    const second = decodeAnswers("55555555555555555511")!;
    await saveSelfCheckResult(alice, first);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const saved = await saveSelfCheckResult(alice, second);
    expect(saved.suitability).toBe(scoreSelfCheck(second).suitability);

    expect((await getLatestSelfCheckResult(alice))?.answers).toBe("55555555555555555511");
    expect(await getLatestSelfCheckResult(bob)).toBeNull();
  });

  it("removes a user's results with the user", async () => {
    await saveSelfCheckResult(bob, decodeAnswers("33333333333333333333")!);
    await test.database.db.delete(users).where(eq(users.id, bob));
    expect(await test.database.db.select().from(selfCheckResults).where(eq(selfCheckResults.userId, bob))).toEqual([]);
  });
});
