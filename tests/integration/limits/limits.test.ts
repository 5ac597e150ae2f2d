import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { pduEntries, planMilestones, plans, savedSearches, selfCheckResults, studySessions } from "@/db/schema";
import { addStudySession, trackCertification } from "@/lib/certifications/tracking/queries";
import { limitMessages, limits } from "@/lib/limits/vocabulary";
import { createPlan, getPlan } from "@/lib/plans/plans/queries";
import { saveSelfCheckResult } from "@/lib/self-check/queries";
import { decodeAnswers, scoreSelfCheck } from "@/lib/self-check/scoring";
import { drivers, openWithTwoUsers, type TestDatabase } from "../support/databases";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; role: "user"; name: string; email: string } } }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current, signIn: async () => {}, signOut: async () => {} }));

type Action = (state: object, formData: FormData) => Promise<{ ok?: boolean; error?: string }>;
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const repeat = <T>(times: number, make: (index: number) => T) => Array.from({ length: times }, (_, index) => make(index));

describe.each(drivers)("per-account limits on %s", (driver) => {
  let test: TestDatabase;
  let alice: string;
  let bob: string;
  const rowsOf = async (table: typeof plans | typeof planMilestones | typeof studySessions | typeof pduEntries | typeof savedSearches | typeof selfCheckResults, userId: string) =>
    (await test.database.db.select({ value: count() }).from(table).where(eq(table.userId, userId)))[0]!.value;

  beforeAll(async () => {
    ({ test, alice, bob } = await openWithTwoUsers(driver));
  });
  beforeEach(() => {
    session.current = { user: { id: alice, role: "user", name: "Alice", email: "alice@example.com" } };
  });
  afterAll(() => test.drop());

  it(`refuses a plan past ${limits.plansPerUser}, archived ones included, and creates nothing`, async () => {
    const { createPlanAction } = (await import("@/lib/plans/plans/actions")) as unknown as Record<string, Action>;
    await test.database.db.insert(plans).values(repeat(limits.plansPerUser, (index) => ({ userId: alice, title: `プラン${index}`, goalRole: "PM", archivedAt: index === 0 ? new Date() : null })));
    const result = await createPlanAction!({}, form({ title: "21件目", goalRole: "PM", targetDate: "", pathSlug: "" }));
    expect(result).toMatchObject({ error: limitMessages.plans });
    expect(await createPlan(alice, { title: "直接", goalRole: "PM", targetDate: null, pathSlug: null })).toBeNull();
    expect(await rowsOf(plans, alice)).toBe(limits.plansPerUser);
    // Another user's count is their own.
    expect(await createPlan(bob, { title: "ボブの最初", goalRole: "PM", targetDate: null, pathSlug: null })).not.toBeNull();
  });

  it(`refuses a milestone past ${limits.milestonesPerPlan} in one plan, without bumping its version`, async () => {
    const { addMilestoneAction } = (await import("@/lib/plans/milestones/actions")) as unknown as Record<string, Action>;
    const [plan] = await test.database.db.select().from(plans).where(eq(plans.userId, alice)).limit(1);
    await test.database.db
      .insert(planMilestones)
      .values(repeat(limits.milestonesPerPlan, (position) => ({ planId: plan!.id, userId: alice, position, kind: "skill" as const, title: `M${position}` })));
    const result = await addMilestoneAction!({}, form({ planId: plan!.id, version: String(plan!.version), title: "101件目", kind: "skill", dueDate: "", note: "", certificationSlug: "", bookmarkId: "" }));
    expect(result).toMatchObject({ error: limitMessages.milestones });
    const after = (await getPlan(alice, plan!.id))!;
    expect(after.milestones).toHaveLength(limits.milestonesPerPlan);
    expect(after.version).toBe(plan!.version);
  });

  it(`refuses study sessions past ${limits.studySessionsPerCertification} and PDU entries past ${limits.pduEntriesPerCertification} per certification`, async () => {
    const actions = (await import("@/lib/certifications/tracking/actions")) as unknown as Record<string, Action>;
    const tracked = await trackCertification(alice, "pmp");
    const base = { userId: alice, trackedCertificationId: tracked.id };
    for (let start = 0; start < limits.studySessionsPerCertification; start += 1000) {
      await test.database.db.insert(studySessions).values(repeat(1000, () => ({ ...base, studiedOn: "2026-11-01", minutes: 30 })));
    }
    await test.database.db.insert(pduEntries).values(repeat(limits.pduEntriesPerCertification, () => ({ ...base, earnedOn: "2026-11-01", category: "power_skills" as const, units: 1 })));

    const study = await actions.addStudySessionAction!({}, form({ trackedId: tracked.id, studiedOn: "2026-11-02", minutes: "60", topic: "上限超え" }));
    expect(study).toMatchObject({ error: limitMessages.studySessions });
    const pdu = await actions.addPduEntryAction!({}, form({ trackedId: tracked.id, earnedOn: "2026-11-02", category: "power_skills", units: "1", activity: "上限超え" }));
    expect(pdu).toMatchObject({ error: limitMessages.pduEntries });
    expect(await rowsOf(studySessions, alice)).toBe(limits.studySessionsPerCertification);
    expect(await rowsOf(pduEntries, alice)).toBe(limits.pduEntriesPerCertification);

    // The limit is per certification: another one still takes entries.
    const other = await trackCertification(alice, "capm");
    expect(await addStudySession(alice, other.id, { studiedOn: "2026-11-02", minutes: 60, topic: "" })).toMatchObject({ minutes: 60 });
  });

  it(`refuses a saved search past ${limits.savedSearchesPerUser}`, async () => {
    const { saveSearchAction } = (await import("@/lib/saved-searches/actions")) as unknown as Record<string, Action>;
    await test.database.db.insert(savedSearches).values(repeat(limits.savedSearchesPerUser, (index) => ({ userId: alice, name: `検索${index}`, query: "q=PMO" })));
    expect(await saveSearchAction!({}, form({ name: "21件目", query: "q=PM" }))).toMatchObject({ error: limitMessages.savedSearches });
    expect(await rowsOf(savedSearches, alice)).toBe(limits.savedSearchesPerUser);
  });

  it(`keeps the newest ${limits.selfCheckResultsPerUser} self-check results, dropping the oldest`, async () => {
    const answers = decodeAnswers("33333333333333333333")!;
    const score = scoreSelfCheck(answers);
    const row = (takenAt: Date) => ({ userId: alice, answers: "33333333333333333333", suitability: score.suitability, bestType: score.bestType, typeScores: score.typeScores, takenAt });
    await test.database.db.insert(selfCheckResults).values(repeat(limits.selfCheckResultsPerUser, (index) => row(new Date(Date.UTC(2026, 0, 1) + index * 60_000))));
    const oldest = new Date(Date.UTC(2026, 0, 1));
    const saved = await saveSelfCheckResult(alice, decodeAnswers("55555555555555555511")!);
    const kept = await test.database.db.select({ id: selfCheckResults.id, takenAt: selfCheckResults.takenAt }).from(selfCheckResults).where(eq(selfCheckResults.userId, alice));
    expect(kept).toHaveLength(limits.selfCheckResultsPerUser);
    expect(kept.map((result) => result.id)).toContain(saved.id);
    expect(kept.map((result) => result.takenAt.getTime())).not.toContain(oldest.getTime());
    await saveSelfCheckResult(bob, answers);
    expect(await rowsOf(selfCheckResults, bob)).toBe(1);
  });
});
