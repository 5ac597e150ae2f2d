import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planMilestones, plans, trackedCertifications } from "@/db/schema";
import { trackCertification } from "@/lib/certifications/tracking/queries";
import { addMilestone, deleteMilestone, moveMilestone, setMilestoneStatus, updateMilestone } from "@/lib/plans/milestones/queries";
import { createPlan, deletePlan, getFeaturedPlan, getPlan, listPlans, setPlanArchived, setPrimaryPlan, updatePlanDetails } from "@/lib/plans/plans/queries";
import { drivers, openWithTwoUsers, type TestDatabase } from "../support/databases";

const milestone = (title: string, dueDate: string | null = null) => ({ title, kind: "skill" as const, dueDate, note: "", certificationSlug: null, bookmarkId: null });
const details = { title: "PMへの12か月プラン", goalRole: "PM", targetDate: "2027-11-30", pathSlug: "pmo-to-pm" };

describe.each(drivers)("career plans on %s", (driver) => {
  let test: TestDatabase;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    ({ test, alice, bob } = await openWithTwoUsers(driver));
  });
  afterAll(() => test.drop());

  it("creates a plan with its milestones in order; the first plan becomes primary", async () => {
    const plan = (await createPlan(alice, details, [
      { kind: "skill", title: "WBSを引く", dueDate: "2027-02-28", certificationSlug: null },
      { kind: "certification", title: "PMPに合格する", dueDate: "2027-08-30", certificationSlug: "pmp" },
    ]))!;
    expect(plan).toMatchObject({ isPrimary: true, version: 1 });
    const second = (await createPlan(alice, { ...details, title: "予備のプラン", pathSlug: null }))!;
    expect(second.isPrimary).toBe(false);
    const loaded = await getPlan(alice, plan.id);
    expect(loaded?.milestones.map((item) => [item.position, item.title])).toEqual([
      [0, "WBSを引く"],
      [1, "PMPに合格する"],
    ]);
    expect((await listPlans(alice)).map((row) => [row.title, row.done, row.total])).toEqual([
      ["PMへの12か月プラン", 0, 2],
      ["予備のプラン", 0, 0],
    ]);
  });

  it("never shows or changes one user's plan or milestones for another", async () => {
    const [plan] = await listPlans(alice);
    const loaded = (await getPlan(alice, plan!.id))!;
    const milestoneId = loaded.milestones[0]!.id;
    const version = loaded.version;
    expect(await getPlan(bob, plan!.id)).toBeNull();
    expect(await listPlans(bob)).toEqual([]);
    expect(await getFeaturedPlan(bob)).toBeNull();
    for (const attempt of [
      updatePlanDetails(bob, plan!.id, version, { title: "乗っ取り", goalRole: "x", targetDate: null }),
      setPrimaryPlan(bob, plan!.id, version),
      setPlanArchived(bob, plan!.id, version, true),
      addMilestone(bob, plan!.id, version, milestone("紛れ込み")),
      updateMilestone(bob, plan!.id, version, milestoneId, { ...milestone("書き換え"), status: "done" }),
      setMilestoneStatus(bob, plan!.id, version, milestoneId, "done"),
      moveMilestone(bob, plan!.id, version, milestoneId, "down"),
      deleteMilestone(bob, plan!.id, version, milestoneId),
    ]) {
      expect(await attempt).toEqual({ ok: false, reason: "not-found" });
    }
    expect(await deletePlan(bob, plan!.id, version)).toBe("not-found");
    // Bob's own plan cannot reach Alice's milestone either.
    const bobs = (await createPlan(bob, { ...details, pathSlug: null }))!;
    expect(await setMilestoneStatus(bob, bobs.id, bobs.version, milestoneId, "done")).toEqual({ ok: false, reason: "not-found" });
    expect(await getPlan(alice, plan!.id)).toEqual(loaded);
  });

  it("refuses a save made from a stale copy and keeps the newer one", async () => {
    const [plan] = await listPlans(alice);
    const loaded = (await getPlan(alice, plan!.id))!;
    const first = await updatePlanDetails(alice, plan!.id, loaded.version, { title: "タブAの保存", goalRole: "PM", targetDate: "2027-12-31" });
    expect(first).toMatchObject({ ok: true, version: loaded.version + 1 });
    // A second tab still holding the old version:
    expect(await updatePlanDetails(alice, plan!.id, loaded.version, { title: "タブBの保存", goalRole: "PM", targetDate: null })).toEqual({ ok: false, reason: "stale" });
    expect(await addMilestone(alice, plan!.id, loaded.version, milestone("古い画面から"))).toEqual({ ok: false, reason: "stale" });
    expect(await deletePlan(alice, plan!.id, loaded.version)).toBe("stale");
    const now = (await getPlan(alice, plan!.id))!;
    expect(now).toMatchObject({ title: "タブAの保存", targetDate: "2027-12-31", version: loaded.version + 1 });
    expect(now.milestones).toHaveLength(2);
  });

  it("lets exactly one of two simultaneous saves of the same version through", async () => {
    const [plan] = await listPlans(alice);
    const { version } = (await getPlan(alice, plan!.id))!;
    const results = await Promise.all(
      ["同時A", "同時B"].map((title) => updatePlanDetails(alice, plan!.id, version, { title, goalRole: "PM", targetDate: "2027-12-31" })),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "stale" }]);
    expect((await getPlan(alice, plan!.id))!.version).toBe(version + 1);
  });

  it("bumps the version on every milestone change, records when a milestone was done, and reorders", async () => {
    const [plan] = await listPlans(alice);
    let version = (await getPlan(alice, plan!.id))!.version;
    const added = await addMilestone(alice, plan!.id, version, milestone("PM求人に応募する", "2027-11-30"));
    expect(added.ok && added.value.position).toBe(2);
    version += 1;
    const addedId = added.ok ? added.value.id : "";
    const done = await setMilestoneStatus(alice, plan!.id, version, addedId, "done");
    expect(done.ok && done.value.doneOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    version += 1;
    const moved = await moveMilestone(alice, plan!.id, version, addedId, "up");
    expect(moved).toMatchObject({ ok: true, version: version + 1, value: { moved: true } });
    version += 1;
    const reopened = await setMilestoneStatus(alice, plan!.id, version, addedId, "doing");
    expect(reopened.ok && reopened.value.doneOn).toBeNull();
    version += 1;
    const loaded = (await getPlan(alice, plan!.id))!;
    expect(loaded.version).toBe(version);
    expect(loaded.milestones.map((item) => item.title)).toEqual(["WBSを引く", "PM求人に応募する", "PMPに合格する"]);
    expect(loaded.milestones.map((item) => item.position)).toEqual([0, 1, 2]);
  });

  it("links a milestone only to the user's own bookmark", async () => {
    const [plan] = await listPlans(alice);
    const loaded = (await getPlan(alice, plan!.id))!;
    const foreignBookmark = "00000000-0000-4000-8000-000000000000";
    expect(await addMilestone(alice, plan!.id, loaded.version, { ...milestone("他人の求人"), bookmarkId: foreignBookmark })).toEqual({ ok: false, reason: "bookmark" });
    expect((await getPlan(alice, plan!.id))!.version).toBe(loaded.version);
  });

  it("keeps one primary plan per user, and archiving gives up the primary place", async () => {
    const rows = await listPlans(alice);
    const spare = rows.find((row) => row.title === "予備のプラン")!;
    const main = rows.find((row) => row.isPrimary)!;
    expect(await setPrimaryPlan(alice, spare.id, spare.version)).toMatchObject({ ok: true });
    const after = await listPlans(alice);
    expect(after.filter((row) => row.isPrimary).map((row) => row.id)).toEqual([spare.id]);
    expect(after.find((row) => row.id === main.id)!.version).toBe(main.version + 1);
    expect(await setPlanArchived(alice, spare.id, spare.version + 1, true)).toMatchObject({ ok: true });
    expect((await listPlans(alice)).some((row) => row.isPrimary)).toBe(false);
    expect((await getFeaturedPlan(alice))?.id).toBe(main.id);
  });

  it("deletes a plan with all its milestones", async () => {
    const rows = await listPlans(alice);
    const main = rows.find((row) => !row.archivedAt)!;
    expect(await deletePlan(alice, main.id, main.version)).toBe("deleted");
    expect(await getPlan(alice, main.id)).toBeNull();
    expect(await test.database.db.select().from(planMilestones).where(eq(planMilestones.planId, main.id))).toEqual([]);
    expect(await test.database.db.select().from(plans).where(eq(plans.id, main.id))).toEqual([]);
  });

  it("tracks a linked certification once, leaving an existing entry alone", async () => {
    await trackCertification(alice, "pmp");
    await test.database.db.update(trackedCertifications).set({ status: "studying" }).where(eq(trackedCertifications.userId, alice));
    await trackCertification(alice, "pmp");
    const rows = await test.database.db.select().from(trackedCertifications).where(eq(trackedCertifications.userId, alice));
    expect(rows.map((row) => [row.certificationSlug, row.status])).toEqual([["pmp", "studying"]]);
  });
});
