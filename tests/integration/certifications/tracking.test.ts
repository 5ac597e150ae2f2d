import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pduEntries, studySessions, type PduEntry } from "@/db/schema";
import * as tracking from "@/lib/certifications/tracking/queries";
import { drivers, openWithTwoUsers, type TestDatabase } from "../support/databases";

describe.each(drivers)("certification tracking on %s", (driver) => {
  let test: TestDatabase;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    ({ test, alice, bob } = await openWithTwoUsers(driver));
  });
  afterAll(() => test.drop());

  it("tracks once per user and certification, and sums study minutes per record", async () => {
    const first = await tracking.trackCertification(alice, "pmp");
    const again = await tracking.trackCertification(alice, "pmp");
    expect(again.id).toBe(first.id);
    await tracking.addStudySession(alice, first.id, { studiedOn: "2026-11-20", minutes: 90, topic: "ECO通読" });
    await tracking.addStudySession(alice, first.id, { studiedOn: "2026-11-21", minutes: 45, topic: "" });
    const listed = await tracking.listTracked(alice);
    expect(listed.map((item) => [item.certificationSlug, item.studyMinutes])).toEqual([["pmp", 135]]);
    expect(await tracking.listTracked(bob)).toEqual([]);
  });

  it("lets another user read nothing and change nothing", async () => {
    const record = (await tracking.getTrackedBySlug(alice, "pmp"))!;
    const [session] = await tracking.listStudySessions(alice, record.id);
    const pdu = (await tracking.addPduEntry(alice, record.id, { earnedOn: "2027-01-10", category: "power_skills", units: 1.25, activity: "セミナー" })) as PduEntry;
    expect(pdu?.units).toBe(1.25);

    expect(await tracking.getTrackedBySlug(bob, "pmp")).toBeNull();
    expect(await tracking.listStudySessions(bob, record.id)).toEqual([]);
    expect(await tracking.listPduEntries(bob, record.id)).toEqual([]);
    expect(await tracking.updateTracked(bob, record.id, { status: "passed", examDate: null, resultDate: "2026-06-15", credentialId: "X", expiresOn: null })).toBeNull();
    expect(await tracking.addStudySession(bob, record.id, { studiedOn: "2026-11-21", minutes: 10, topic: "" })).toBeNull();
    expect(await tracking.addPduEntry(bob, record.id, { earnedOn: "2027-01-10", category: "giving_back", units: 5, activity: "" })).toBeNull();
    expect(await tracking.updateStudySession(bob, session!.id, { studiedOn: "2026-11-21", minutes: 1, topic: "x" })).toBeNull();
    expect(await tracking.deleteStudySession(bob, session!.id)).toBeNull();
    expect(await tracking.deletePduEntry(bob, pdu!.id)).toBeNull();
    expect(await tracking.untrack(bob, record.id)).toBeNull();

    const after = (await tracking.getTrackedBySlug(alice, "pmp"))!;
    expect(after.status).toBe("interested");
    expect(after.credentialId).toBe("");
    expect((await tracking.listStudySessions(alice, record.id)).map((item) => item.minutes).sort()).toEqual([45, 90]);
    expect(await tracking.listPduEntries(alice, record.id)).toHaveLength(1);
  });

  it("updates and deletes the owner's study sessions", async () => {
    const record = (await tracking.getTrackedBySlug(alice, "pmp"))!;
    const [latest] = await tracking.listStudySessions(alice, record.id);
    expect((await tracking.updateStudySession(alice, latest!.id, { studiedOn: "2026-11-19", minutes: 60, topic: "模擬試験" }))?.minutes).toBe(60);
    expect(await tracking.deleteStudySession(alice, latest!.id)).not.toBeNull();
    expect((await tracking.listStudySessions(alice, record.id)).map((item) => item.minutes)).toEqual([90]);
    expect((await tracking.listStudySessionsSince(alice, "2026-11-01")).map((item) => item.certificationSlug)).toEqual(["pmp"]);
  });

  it("removes a tracked certification's study sessions and PDU entries with it", async () => {
    const record = (await tracking.getTrackedBySlug(alice, "pmp"))!;
    const other = await tracking.trackCertification(alice, "capm");
    await tracking.addStudySession(alice, other.id, { studiedOn: "2026-11-21", minutes: 30, topic: "" });
    expect(await tracking.untrack(alice, record.id)).not.toBeNull();
    const { db } = test.database;
    expect(await db.select().from(studySessions).where(eq(studySessions.trackedCertificationId, record.id))).toEqual([]);
    expect(await db.select().from(pduEntries).where(eq(pduEntries.trackedCertificationId, record.id))).toEqual([]);
    expect(await tracking.getTrackedBySlug(alice, "pmp")).toBeNull();
    expect(await tracking.listStudySessions(alice, other.id)).toHaveLength(1);
  });
});
