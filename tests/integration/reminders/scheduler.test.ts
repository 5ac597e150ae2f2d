import { and, eq, inArray } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { bookmarks, listings, planMilestones, plans, reminderPreferences, reminders, savedSearches, trackedCertifications, users } from "@/db/schema";
import { addBookmark, setBookmarkStatus } from "@/lib/bookmarks/queries";
import { addPduEntry, trackCertification, updateTracked } from "@/lib/certifications/tracking/queries";
import { shiftClockTo } from "@/lib/clock";
import type { Mail } from "@/lib/mail/send";
import { createPlan } from "@/lib/plans/plans/queries";
import { collectDueReminders } from "@/lib/reminders/collect";
import { claimDueMails, savePreferences, setSearchDigest } from "@/lib/reminders/queries";
import { runReminderTick, SEND_LEASE_MS } from "@/lib/reminders/scheduler";
import { importListingFile } from "@/lib/listings/importer";
import { createSavedSearch } from "@/lib/saved-searches/queries";
import { drivers, openWithTwoUsers, type TestDatabase } from "../support/databases";
import { asJson, listingRow } from "../support/listing-rows";

/** 9:00 Japan time on `date` (reminders are made from 8:00). */
const morning = (date: string, hour = 9) => new Date(`${date}T${String(hour).padStart(2, "0")}:00:00+09:00`);
const minute = 60_000;

describe.each(drivers)("reminders on %s", (driver) => {
  let test: TestDatabase;
  let alice: string;
  let bob: string;
  const sent: Mail[] = [];
  const send = async (mail: Mail) => {
    sent.push(mail);
    return true;
  };
  const tick = (at: Date) => runReminderTick(at, send);
  const remindersOf = (userId: string) => test.database.db.select().from(reminders).where(eq(reminders.userId, userId));
  const keysOf = async (userId: string, kind: string) => (await remindersOf(userId)).filter((row) => row.kind === kind).map((row) => row.key);
  // Each test starts from users with nothing tracked, planned, kept or reminded.
  const clearAll = async () => {
    for (const table of [reminders, trackedCertifications, plans, bookmarks, savedSearches, reminderPreferences]) await test.database.db.delete(table).where(inArray(table.userId, [alice, bob]));
  };

  beforeAll(async () => {
    ({ test, alice, bob } = await openWithTwoUsers(driver));
    await test.database.db.update(users).set({ emailVerifiedAt: new Date() }).where(inArray(users.id, [alice, bob]));
    await importListingFile(test.database.db, asJson([listingRow("base")]), { fileName: "base.json", source: "test" });
  });
  afterEach(async () => {
    shiftClockTo(null);
    sent.length = 0;
    await clearAll();
  });
  afterAll(() => test.drop());

  async function scheduleExam(userId: string, examDate: string) {
    const tracked = await trackCertification(userId, "ipa-pm");
    await updateTracked(userId, tracked.id, { status: "scheduled", examDate, resultDate: null, credentialId: "", expiresOn: null });
    return tracked.id;
  }

  it("reminds of an exam 30, 7 and 1 days before, from 8:00 Japan time, once per lead, by mail and お知らせ", async () => {
    const tracked = await scheduleExam(alice, "2027-03-31");
    expect((await tick(morning("2027-02-28"))).added).toBe(0);
    expect((await tick(morning("2027-03-01", 7))).added).toBe(0);
    expect(await tick(morning("2027-03-01"))).toMatchObject({ added: 1, sent: 1 });
    expect(await tick(new Date(morning("2027-03-01").getTime() + 30 * minute))).toMatchObject({ added: 0, sent: 0 });
    expect(sent[0]!.to).toBe("alice@example.com");
    expect(sent[0]!.subject).toMatch(/^【PMOキャリアガイド】.+の試験は30日後です$/);
    expect(sent[0]!.body).toContain("2027年3月31日");
    expect(sent[0]!.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    expect(sent[0]!.headers!["List-Unsubscribe"]).toMatch(/^<https?:\/\/.+\/api\/unsubscribe\?token=.+>$/);
    await tick(morning("2027-03-24"));
    await tick(morning("2027-03-30"));
    await tick(morning("2027-03-31"));
    expect((await keysOf(alice, "exam")).sort()).toEqual([`exam:${tracked}:2027-03-31:1`, `exam:${tracked}:2027-03-31:30`, `exam:${tracked}:2027-03-31:7`]);
    expect(sent).toHaveLength(3);
  });

  it("keeps お知らせ but sends no mail for a kind switched off, or to an unconfirmed address", async () => {
    await scheduleExam(bob, "2027-04-30");
    await savePreferences(bob, { exam: false });
    await tick(morning("2027-04-23"));
    expect(await keysOf(bob, "exam")).toHaveLength(1);
    expect(sent).toHaveLength(0);
    await savePreferences(bob, { exam: true });
    await test.database.db.update(users).set({ emailVerifiedAt: null }).where(eq(users.id, bob));
    await tick(morning("2027-04-29"));
    expect(await keysOf(bob, "exam")).toHaveLength(2);
    expect(sent).toHaveLength(0);
    await test.database.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, bob));
  });

  it("skips the leads already passed when a date is entered inside them, then fires the next normally", async () => {
    const tracked = await scheduleExam(alice, "2027-05-31");
    await test.database.db.update(trackedCertifications).set({ updatedAt: morning("2027-05-10") }).where(eq(trackedCertifications.id, tracked));
    await tick(morning("2027-05-10"));
    expect(await keysOf(alice, "exam")).toEqual([]);
    await tick(morning("2027-05-24"));
    expect(await keysOf(alice, "exam")).toEqual([`exam:${tracked}:2027-05-31:7`]);
  });

  it("reminds of the PMP renewal with what is missing per category, and not once the PDUs are complete", async () => {
    const tracked = await trackCertification(bob, "pmp");
    await updateTracked(bob, tracked.id, { status: "passed", examDate: null, resultDate: "2024-06-01", credentialId: "", expiresOn: null });
    await addPduEntry(bob, tracked.id, { earnedOn: "2025-01-10", category: "ways_of_working", units: 20, activity: "講座" });
    // The cycle ends 2027-05-31: 90 days before is 2027-03-02.
    await tick(morning("2027-03-02"));
    const [renewal] = (await remindersOf(bob)).filter((row) => row.kind === "renewal");
    expect(renewal).toMatchObject({ key: `renewal:${tracked.id}:2027-05-31:90`, mailStatus: "sent" });
    expect(renewal!.body).toContain("2027年5月31日");
    expect(renewal!.body).toMatch(/あと\d+(\.\d+)? PDU/);
    await addPduEntry(bob, tracked.id, { earnedOn: "2025-02-10", category: "ways_of_working", units: 15, activity: "講座" });
    await addPduEntry(bob, tracked.id, { earnedOn: "2025-02-11", category: "power_skills", units: 15, activity: "講座" });
    await addPduEntry(bob, tracked.id, { earnedOn: "2025-02-12", category: "business_acumen", units: 10, activity: "講座" });
    await tick(morning("2027-05-01"));
    expect(await keysOf(bob, "renewal")).toHaveLength(1);
  });

  it("reminds of a milestone 7 days before its due date and once when it becomes overdue, not when done", async () => {
    const plan = await createPlan(alice, { title: "PMへの道", goalRole: "PM", targetDate: null, pathSlug: null }, [
      { kind: "skill", title: "WBSの講座を終える", dueDate: "2027-06-15", certificationSlug: null },
      { kind: "skill", title: "完了済みの講座", dueDate: "2027-06-15", certificationSlug: null },
    ]);
    const [open, done] = await test.database.db.select().from(planMilestones).where(eq(planMilestones.planId, plan!.id)).orderBy(planMilestones.position);
    await test.database.db.update(planMilestones).set({ status: "done" }).where(eq(planMilestones.id, done!.id));
    await tick(morning("2027-06-07"));
    expect(await keysOf(alice, "milestone")).toEqual([]);
    await tick(morning("2027-06-08"));
    await tick(morning("2027-06-15"));
    await tick(morning("2027-06-16"));
    await tick(morning("2027-06-17"));
    expect((await keysOf(alice, "milestone")).sort()).toEqual([`milestone:${open!.id}:2027-06-15:7`, `milestone:${open!.id}:2027-06-15:overdue`]);
  });

  it("asks for a follow-up after 14 quiet days in 応募済み, and again only after the next change", async () => {
    const [listing] = await test.database.db.select({ id: listings.id }).from(listings).limit(1);
    await addBookmark(alice, listing!.id);
    const [bookmark] = await test.database.db.select().from(bookmarks).where(and(eq(bookmarks.userId, alice), eq(bookmarks.listingId, listing!.id)));
    await setBookmarkStatus(alice, bookmark!.id, "applied");
    const changedAt = new Date();
    await test.database.db.update(bookmarks).set({ updatedAt: changedAt }).where(eq(bookmarks.id, bookmark!.id));
    const day = 24 * 60 * minute;
    shiftClockTo(null);
    await tick(new Date(changedAt.getTime() + 13 * day));
    expect(await keysOf(alice, "follow-up")).toEqual([]);
    await tick(new Date(changedAt.getTime() + 14 * day + minute));
    await tick(new Date(changedAt.getTime() + 20 * day));
    expect(await keysOf(alice, "follow-up")).toHaveLength(1);
  });

  it("reminds of another certification's expiry 90 and 30 days before", async () => {
    const tracked = await trackCertification(bob, "itil4-foundation");
    await updateTracked(bob, tracked.id, { status: "passed", examDate: null, resultDate: "2025-01-10", credentialId: "", expiresOn: "2027-09-30" });
    await tick(morning("2027-07-02"));
    await tick(morning("2027-08-31"));
    expect((await keysOf(bob, "expiry")).sort()).toEqual([`expiry:${tracked.id}:2027-09-30:30`, `expiry:${tracked.id}:2027-09-30:90`]);
  });

  it("sends a saved search's digest with only the listings new since the last one, none when nothing is new", async () => {
    const search = (await createSavedSearch(alice, "リモートPMO", "q=PMO"))!;
    shiftClockTo(morning("2027-07-05", 10));
    await setSearchDigest(alice, search.id, "daily");
    await importListingFile(test.database.db, asJson([listingRow("fresh", { title: "新着のPMO案件" })]), { fileName: "fresh.json", source: "test" });
    await test.database.db.update(listings).set({ createdAt: morning("2027-07-05", 12) }).where(eq(listings.title, "新着のPMO案件"));
    await tick(morning("2027-07-05", 13));
    expect(await keysOf(alice, "digest")).toEqual([]);
    await tick(morning("2027-07-06", 8));
    const [digest] = (await remindersOf(alice)).filter((row) => row.kind === "digest");
    expect(digest!.title).toBe("保存した検索「リモートPMO」に新着1件");
    expect(digest!.body).toContain("・新着のPMO案件（株式会社テストシステムズ）");
    expect(digest!.body).not.toContain("基幹システム刷新のPMO");
    await tick(morning("2027-07-07", 8));
    expect(await keysOf(alice, "digest")).toHaveLength(1);
    await test.database.db.update(savedSearches).set({ digest: "off" }).where(eq(savedSearches.id, search.id));
  });

  it("retries a failed SMTP send after a back-off, and a mail whose sender died after claiming it once its lease ran out", async () => {
    await scheduleExam(alice, "2027-08-31");
    const at = morning("2027-08-24");
    expect(await runReminderTick(at, async () => false)).toMatchObject({ added: 1, sent: 0, failed: 1 });
    const [failed] = await remindersOf(alice);
    expect(failed).toMatchObject({ mailStatus: "pending", attempts: 1 });
    expect(failed!.lastError).toContain("not configured");
    await tick(new Date(at.getTime() + 30_000));
    expect(sent).toHaveLength(0);
    await tick(new Date(at.getTime() + 2 * minute));
    expect(sent.map((mail) => mail.to)).toEqual(["alice@example.com"]);

    await scheduleExam(bob, "2027-09-30");
    const later = morning("2027-09-23");
    expect(await collectDueReminders(later)).toBe(1);
    // Another instance claims the mail and dies before sending it.
    expect(await claimDueMails(later, SEND_LEASE_MS, 10)).toHaveLength(1);
    await tick(new Date(later.getTime() + 5 * minute));
    expect(sent).toHaveLength(1);
    await tick(new Date(later.getTime() + SEND_LEASE_MS + minute));
    expect(sent.map((mail) => mail.to)).toEqual(["alice@example.com", "bob@example.com"]);
  });

  it.runIf(driver === "postgres")("sends each mail once when two schedulers run at the same moment", async () => {
    for (const [index, user] of [alice, bob].entries()) await scheduleExam(user, `2027-10-${String(20 + index).padStart(2, "0")}`);
    const at = morning("2027-10-19");
    const results = await Promise.all([tick(at), tick(at), tick(at)]);
    expect(results.reduce((sum, result) => sum + result.added, 0)).toBe(2);
    expect(sent.map((mail) => mail.to).sort()).toEqual(["alice@example.com", "bob@example.com"]);
  });
});
