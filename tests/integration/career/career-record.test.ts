import { count, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { careerProjects } from "@/db/schema";
import { buildResume } from "@/lib/career/documents/resume";
import { loadListingFit } from "@/lib/career/fit/load";
import { createProject, deleteProject, getProfile, getProject, listProjects, moveProject, saveProfile, updateProject } from "@/lib/career/queries";
import { loadCareerRecord, loadPmpExperience } from "@/lib/career/record";
import { createProjectSchema } from "@/lib/career/schema";
import { parseEligibility } from "@/lib/certifications/eligibility/input";
import { checkPmpEligibility } from "@/lib/certifications/eligibility/pmp";
import { listTracked, trackCertification, updateTracked } from "@/lib/certifications/tracking/queries";
import { shiftClockTo } from "@/lib/clock";
import { importListingFile } from "@/lib/listings/importer";
import { limitMessages, limits } from "@/lib/limits/vocabulary";
import { createPlan, getPlan } from "@/lib/plans/plans/queries";
import { drivers, openWithTwoUsers, type TestDatabase } from "../support/databases";
import { asJson, listingRow } from "../support/listing-rows";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; role: "user"; name: string; email: string } } }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current, signIn: async () => {}, signOut: async () => {} }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

type Action = (state: object, formData: FormData) => Promise<{ ok?: boolean; error?: string }>;
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

/** Saves a project as the form would send it, PMP box ticked as the form ticks it by default. */
async function add(userId: string, fields: Record<string, string>) {
  const saved = await createProject(userId, createProjectSchema.parse({ countsForPmp: "on", ...fields }));
  if (!saved.ok) throw new Error(saved.reason);
  return saved.value;
}

describe.each(drivers)("the career record on %s", (driver) => {
  let test: TestDatabase;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    ({ test, alice, bob } = await openWithTwoUsers(driver));
  });
  afterEach(() => shiftClockTo(null));
  afterAll(() => test.drop());

  it("keeps each user's projects their own: another user can neither read, change, move nor delete them", async () => {
    const first = await add(alice, { title: "アリスの案件", startMonth: "2022-04", endMonth: "2023-03" });
    const second = await add(alice, { title: "アリスの新しい案件", startMonth: "2023-04", ongoing: "on" });
    expect((await listProjects(alice)).map((project) => project.title)).toEqual(["アリスの新しい案件", "アリスの案件"]);
    expect(await listProjects(bob)).toEqual([]);
    expect(await getProject(bob, first.id)).toBeNull();
    expect(await updateProject(bob, first.id, first.version, createProjectSchema.parse({ title: "ボブが上書き" }))).toEqual({ ok: false, reason: "not-found" });
    expect(await moveProject(bob, first.id, "up")).toEqual({ ok: false, reason: "not-found" });
    expect(await deleteProject(bob, first.id)).toBeNull();
    expect((await getProject(alice, first.id))?.title).toBe("アリスの案件");
    // A document asked for with another user's project ids contains nothing of theirs.
    const { record } = await loadCareerRecord(bob, new URLSearchParams(`chosen=1&p=${first.id}&p=${second.id}`));
    expect(record.projects).toEqual([]);
    expect(buildResume(record).sections).toEqual([]);
  });

  it("refuses a save made from a copy older than the last save, and reorders in the user's list only", async () => {
    const project = await add(alice, { title: "二つのタブ" });
    const fromFirstTab = await updateProject(alice, project.id, project.version, createProjectSchema.parse({ title: "一つ目のタブ" }));
    expect(fromFirstTab).toMatchObject({ ok: true, value: { title: "一つ目のタブ", version: project.version + 1 } });
    expect(await updateProject(alice, project.id, project.version, createProjectSchema.parse({ title: "二つ目のタブ" }))).toEqual({ ok: false, reason: "stale" });
    expect((await getProject(alice, project.id))?.title).toBe("一つ目のタブ");
    const before = (await listProjects(alice)).map((item) => item.title);
    expect(await moveProject(alice, project.id, "down")).toEqual({ ok: true, value: { title: "一つ目のタブ", moved: true } });
    const after = (await listProjects(alice)).map((item) => item.title);
    expect(after).toEqual([before[1], before[0], ...before.slice(2)]);
  });

  it("saves the profile once per version, and a first save from two tabs only once", async () => {
    expect(await getProfile(bob)).toBeNull();
    const first = await saveProfile(bob, 0, { fullName: "ボブ", sheetName: "", summary: "要約", strengths: "", otherQualifications: "", selfPr: "" });
    expect(first).toMatchObject({ ok: true, value: { fullName: "ボブ", version: 1 } });
    expect(await saveProfile(bob, 0, { fullName: "別のタブ", sheetName: "", summary: "", strengths: "", otherQualifications: "", selfPr: "" })).toEqual({ ok: false, reason: "stale" });
    expect(await saveProfile(bob, 1, { fullName: "ボブ山田", sheetName: "B.Y.", summary: "要約", strengths: "", otherQualifications: "", selfPr: "" })).toMatchObject({ ok: true, value: { version: 2 } });
    expect((await getProfile(alice))).toBeNull();
  });

  it("feeds the PMP eligibility check from the dated projects, overlaps once, within the last eight years", async () => {
    const carol = (await import("@/lib/account/queries")).createUser;
    const user = (await carol({ name: "Carol", email: `carol-${driver}@example.com`, passwordHash: "x" }))!.id;
    shiftClockTo(new Date("2026-12-02T10:00:00+09:00"));
    await add(user, { title: "A", startMonth: "2023-01", endMonth: "2023-12" });
    await add(user, { title: "B", startMonth: "2023-07", endMonth: "2024-06" });
    await add(user, { title: "補助だけ", startMonth: "2025-01", endMonth: "2025-12", countsForPmp: "" });
    const experience = await loadPmpExperience(user);
    expect(experience.months).toBe(18);
    const parsed = parseEligibility({ degree: "bachelor", hours: "35" }, experience.months);
    if (!parsed || !("input" in parsed)) throw new Error("the check should read the record");
    expect(checkPmpEligibility(parsed.input)).toMatchObject({ meets: false, missingMonths: 18 });
    expect((await loadPmpExperience(bob)).months).toBe(0);
    // Eight years on, the window has moved past most of it.
    shiftClockTo(new Date("2031-06-01T10:00:00+09:00"));
    // From 2023-07 (the window's first month) to 2024-06.
    expect((await loadPmpExperience(user)).months).toBe(12);
  });

  it(`refuses a project past ${limits.careerProjectsPerUser}, also when two arrive at once`, async () => {
    const { createProjectAction } = (await import("@/lib/career/actions")) as unknown as Record<string, Action>;
    const dave = (await (await import("@/lib/account/queries")).createUser({ name: "Dave", email: `dave-${driver}@example.com`, passwordHash: "x" }))!.id;
    await test.database.db.insert(careerProjects).values(Array.from({ length: limits.careerProjectsPerUser - 1 }, (_, position) => ({ userId: dave, position, title: `案件${position}` })));
    const results = await Promise.all([createProject(dave, createProjectSchema.parse({ title: "同時1" })), createProject(dave, createProjectSchema.parse({ title: "同時2" }))]);
    expect(results.map((result) => result.ok).sort()).toEqual([false, true]);
    const total = async () => (await test.database.db.select({ value: count() }).from(careerProjects).where(eq(careerProjects.userId, dave)))[0]!.value;
    expect(await total()).toBe(limits.careerProjectsPerUser);
    session.current = { user: { id: dave, role: "user", name: "Dave", email: "dave@example.com" } };
    expect(await createProjectAction!({}, form({ title: "もう一件" }))).toMatchObject({ error: limitMessages.careerProjects });
    expect(await total()).toBe(limits.careerProjectsPerUser);
  });

  it("shows each user their own fit with a listing", async () => {
    await importListingFile(test.database.db, asJson([listingRow(`fit-${driver}`, { required_skills: ["JIRA", "PMO経験1年以上"], certifications: ["PMP"] })]), { fileName: "fit.json", source: "test" });
    const listing = (await test.database.db.query.listings.findFirst({ where: (table, { eq: equals }) => equals(table.externalId, `fit-${driver}`) }))!;
    const eve = (await (await import("@/lib/account/queries")).createUser({ name: "Eve", email: `eve-${driver}@example.com`, passwordHash: "x" }))!.id;
    await add(eve, { title: "PMO案件", startMonth: "2024-01", endMonth: "2025-06", pmoType: "management", tools: "Jira" });
    const tracked = await trackCertification(eve, "pmp");
    await updateTracked(eve, tracked.id, { status: "scheduled", examDate: "2026-12-12", resultDate: null, credentialId: "", expiresOn: null });
    const states = async (userId: string) => (await loadListingFit(userId, listing.id, "2026-12-02"))!.items.map((item) => [item.name, item.state, item.detail]);
    expect(await states(eve)).toEqual([
      ["JIRA", "have", "職務経歴の「Jira」"],
      ["PMO経験1年以上", "have", "職務経歴で通算1年6か月"],
      ["PMP", "working", "受験予定・試験まで10日"],
    ]);
    expect(await states(bob)).toEqual([
      ["JIRA", "missing", null],
      ["PMO経験1年以上", "missing", null],
      ["PMP", "missing", null],
    ]);
    expect(await loadListingFit(eve, "00000000-0000-4000-8000-000000000000")).toBeNull();

    // One click adds a missing ask to the user's own plan, and nothing the listing does not ask for.
    const { addFitMilestoneAction } = (await import("@/lib/career/fit/actions")) as unknown as Record<string, Action>;
    session.current = { user: { id: bob, role: "user", name: "Bob", email: "bob@example.com" } };
    expect(await addFitMilestoneAction!({}, form({ listingId: listing.id, kind: "skill", name: "JIRA" }))).toMatchObject({ error: "追加先のキャリアプランがありません。先にキャリアプランを作成してください。" });
    const plan = (await createPlan(bob, { title: "ボブのプラン", goalRole: "PM", targetDate: null, pathSlug: null }))!;
    expect(await addFitMilestoneAction!({}, form({ listingId: listing.id, kind: "skill", name: "何でも追加" }))).toMatchObject({ error: "この求人の条件は見つかりませんでした。ページを再読み込みしてください。" });
    expect(await addFitMilestoneAction!({}, form({ listingId: listing.id, kind: "certification", name: "PMP" }))).toMatchObject({ ok: true, message: "プラン「ボブのプラン」にマイルストーン「PMPを取得する」を追加しました。" });
    expect(await addFitMilestoneAction!({}, form({ listingId: listing.id, kind: "certification", name: "PMP" }))).toMatchObject({ ok: true, message: "「PMPを取得する」はすでにプラン「ボブのプラン」にあります。" });
    const milestones = (await getPlan(bob, plan.id))!.milestones;
    expect(milestones.map((milestone) => [milestone.title, milestone.kind, milestone.certificationSlug])).toEqual([["PMPを取得する", "certification", "pmp"]]);
    expect((await listTracked(bob)).map((item) => item.certificationSlug)).toEqual(["pmp"]);
    expect((await states(bob)).at(-1)).toEqual(["PMP", "working", "プラン「ボブのプラン」で取り組み中"]);
    expect((await getPlan(eve, plan.id))).toBeNull();
  });
});
