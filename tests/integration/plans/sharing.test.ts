import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPlan, getPlan } from "@/lib/plans/plans/queries";
import { enableSharing, getSharedPlan, newShareToken, revokeSharing } from "@/lib/plans/sharing/queries";
import { drivers, openWithTwoUsers, type TestDatabase } from "../support/databases";

describe.each(drivers)("shared plan links on %s", (driver) => {
  let test: TestDatabase;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    ({ test, alice, bob } = await openWithTwoUsers(driver));
  });
  afterAll(() => test.drop());

  it("makes unguessable tokens of at least 128 bits", () => {
    const tokens = new Set(Array.from({ length: 1000 }, newShareToken));
    expect(tokens.size).toBe(1000);
    for (const token of tokens) expect(Buffer.from(token, "base64url").length * 8).toBeGreaterThanOrEqual(128);
  });

  it("shows a shared plan by its token, without notes; a revoked or unknown token finds nothing", async () => {
    const plan = (await createPlan(alice, { title: "共有するプラン", goalRole: "PM", targetDate: null, pathSlug: null }, [
      { kind: "skill", title: "議事録を任される", dueDate: "2027-01-31", certificationSlug: null },
    ]))!;
    expect(await enableSharing(bob, plan.id, plan.version)).toEqual({ ok: false, reason: "not-found" });
    const shared = await enableSharing(alice, plan.id, plan.version);
    expect(shared.ok).toBe(true);
    const token = shared.ok ? shared.value : "";
    const seen = await getSharedPlan(token);
    expect(seen).toMatchObject({ title: "共有するプラン", milestones: [{ title: "議事録を任される" }] });
    expect(Object.keys(seen!.milestones[0]!)).not.toContain("note");
    expect(Object.keys(seen!)).not.toContain("userId");

    expect(await getSharedPlan(newShareToken())).toBeNull();
    expect(await getSharedPlan("' or 1=1 --")).toBeNull();
    expect(await revokeSharing(bob, plan.id, plan.version + 1)).toEqual({ ok: false, reason: "not-found" });
    expect(await getSharedPlan(token)).not.toBeNull();
    expect(await revokeSharing(alice, plan.id, plan.version + 1)).toMatchObject({ ok: true });
    expect(await getSharedPlan(token)).toBeNull();

    // Sharing again makes a new link; the old one stays dead.
    const again = await enableSharing(alice, plan.id, plan.version + 2);
    expect(again.ok && again.value).not.toBe(token);
    expect(await getSharedPlan(token)).toBeNull();
    expect((await getPlan(alice, plan.id))!.version).toBe(plan.version + 3);
  });
});
