import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setActiveDatabase } from "@/db/client";
import type { PduEntry, StudySession } from "@/db/schema";
import { createUser } from "@/lib/account/queries";
import { createProject, getProfile, listProjects } from "@/lib/career/queries";
import { createProjectSchema } from "@/lib/career/schema";
import { addBookmark, listBookmarks } from "@/lib/bookmarks/queries";
import { addPduEntry, addStudySession, listPduEntries, listStudySessions, listTracked, trackCertification } from "@/lib/certifications/tracking/queries";
import { importListingFile } from "@/lib/listings/importer";
import { createPlan, getPlan, listPlans } from "@/lib/plans/plans/queries";
import { createSavedSearch, listSavedSearches } from "@/lib/saved-searches/queries";
import { listActiveSessions, startSession } from "@/lib/sessions/queries";
import { createTestDatabase, type TestDatabase } from "../support/databases";
import { asJson, listingRow } from "../support/listing-rows";
import { actionAccess } from "./action-table";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; role: "user" | "admin"; name: string; email: string } } }));
vi.mock("@/lib/auth", () => ({
  auth: async () => session.current,
  signIn: async () => {},
  signOut: async () => {},
}));

type Action = (state: object, formData: FormData) => Promise<{ ok?: boolean; error?: string }>;

/** Exported names of every file whose first statement is "use server", as "file#export". */
function discoverActions(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) {
        const source = fs.readFileSync(full, "utf8");
        if (!/^\s*["']use server["']/.test(source)) continue;
        for (const match of source.matchAll(/export\s+(?:const|async\s+function|function)\s+(\w+)/g)) found.push(`${full}#${match[1]}`);
      }
    }
  };
  walk("lib");
  walk("app");
  return found.sort();
}

describe("server action authorisation", () => {
  let test: TestDatabase;
  const ids: Record<string, string> = {};
  let owner: string;
  let other: string;

  beforeAll(async () => {
    test = await createTestDatabase("pglite");
    setActiveDatabase(test.database);
    owner = (await createUser({ name: "Owner", email: "owner@example.com", passwordHash: "x" }))!.id;
    other = (await createUser({ name: "Other", email: "other@example.com", passwordHash: "x" }))!.id;
    await importListingFile(test.database.db, asJson([listingRow("auth-1")]), { fileName: "a.json", source: "test" });
    const listing = (await test.database.db.query.listings.findFirst())!.id;
    await addBookmark(owner, listing);
    ids.listing = listing;
    ids.bookmark = (await listBookmarks(owner))[0]!.id;
    ids.search = (await createSavedSearch(owner, "持ち主の検索", "q=PMO"))!.id;
    ids.tracked = (await trackCertification(owner, "pmp")).id;
    ids.session = await startSession(owner, 0, "owner's browser");
    ids.study = ((await addStudySession(owner, ids.tracked, { studiedOn: "2026-10-01", minutes: 60, topic: "持ち主の学習" })) as StudySession).id;
    const plan = (await createPlan(owner, { title: "持ち主のプラン", goalRole: "PM", targetDate: null, pathSlug: null }, [
      { kind: "skill", title: "持ち主のマイルストーン", dueDate: "2027-01-31", certificationSlug: null },
      { kind: "other", title: "二つ目", dueDate: "2027-02-28", certificationSlug: null },
    ]))!;
    ids.plan = plan.id;
    ids.version = String(plan.version);
    ids.milestone = (await getPlan(owner, plan.id))!.milestones[0]!.id;
    const project = await createProject(owner, createProjectSchema.parse({ title: "持ち主の案件", startMonth: "2024-04", ongoing: "on" }));
    if (!project.ok) throw new Error("could not seed a career project");
    await createProject(owner, createProjectSchema.parse({ title: "持ち主の二つ目の案件" }));
    ids.project = project.value.id;
    ids.projectVersion = String(project.value.version);
    ids.pdu = ((await addPduEntry(owner, ids.tracked, { earnedOn: "2026-10-01", category: "ways_of_working", units: 2, activity: "持ち主のPDU" })) as PduEntry).id;
  });
  afterAll(() => test.drop());

  const form = (sample: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(sample)) data.set(key, value.replace(/^\{(\w+)\}$/, (_, name: string) => ids[name]!));
    return data;
  };
  const load = async (key: string) => {
    const [file, name] = key.split("#") as [string, string];
    const loaded = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, Action>;
    return loaded[name]!;
  };

  it("has a row for every exported server action", () => {
    expect(discoverActions()).toEqual(Object.keys(actionAccess).sort());
  });

  it("declares each guarded action with the wrapper its row requires", () => {
    for (const [key, row] of Object.entries(actionAccess)) {
      const [file, name] = key.split("#") as [string, string];
      const source = fs.readFileSync(file, "utf8");
      if (row.access === "admin") expect(source, key).toMatch(new RegExp(`export const ${name} = validatedActionWithAdmin(<[^(]*>)?\\(`));
      if (row.access === "user" || row.access === "owner") expect(source, key).toMatch(new RegExp(`export const ${name} = validatedActionWith(User|Admin)(<[^(]*>)?\\(`));
    }
  });

  it("refuses anonymous callers and changes nothing", async () => {
    session.current = null;
    for (const [key, row] of Object.entries(actionAccess)) {
      if (row.access === "public" || !row.sample) continue;
      const result = await (await load(key))({}, form(row.sample));
      expect(result.error, key).toBe("ログインの有効期限が切れました。もう一度ログインしてください。");
    }
    expect((await listSavedSearches(owner)).length).toBe(1);
  });

  it("refuses admin actions to a signed-in user who is not an admin", async () => {
    session.current = { user: { id: other, role: "user", name: "Other", email: "other@example.com" } };
    for (const [key, row] of Object.entries(actionAccess)) {
      if (row.access !== "admin" || !row.sample) continue;
      expect((await (await load(key))({}, form(row.sample))).error, key).toBe("この操作は管理者のみ行えます。");
    }
  });

  it("tells another user that the owner's items do not exist, and leaves them unchanged", async () => {
    session.current = { user: { id: other, role: "user", name: "Other", email: "other@example.com" } };
    for (const [key, row] of Object.entries(actionAccess)) {
      if (row.access !== "owner") continue;
      const result = await (await load(key))({}, form(row.sample!));
      expect(result.ok, key).toBeFalsy();
      expect(result.error, key).toMatch(/見つかりませんでした/);
    }
    const plan = (await getPlan(owner, ids.plan!))!;
    expect(plan).toMatchObject({ title: "持ち主のプラン", version: Number(ids.version), archivedAt: null, shareToken: null });
    expect(plan.milestones.map((milestone) => [milestone.title, milestone.status])).toEqual([
      ["持ち主のマイルストーン", "todo"],
      ["二つ目", "todo"],
    ]);
    expect(await listPlans(owner)).toHaveLength(1);
    const [tracked] = await listTracked(owner);
    expect(tracked).toMatchObject({ id: ids.tracked, status: "interested", credentialId: "" });
    expect((await listStudySessions(owner, ids.tracked!)).map((row) => [row.minutes, row.topic])).toEqual([[60, "持ち主の学習"]]);
    expect((await listPduEntries(owner, ids.tracked!)).map((row) => row.units)).toEqual([2]);
    const [bookmark] = await listBookmarks(owner);
    expect(bookmark).toMatchObject({ status: "saved", note: "" });
    expect((await listSavedSearches(owner)).length).toBe(1);
    expect((await listActiveSessions(owner)).map((row) => row.id)).toEqual([ids.session]);
    expect((await listProjects(owner)).map((row) => [row.title, row.version, row.pmpObjective])).toEqual([
      ["持ち主の二つ目の案件", 1, ""],
      ["持ち主の案件", 1, ""],
    ]);
    expect(await listProjects(other)).toEqual([]);
    expect(await getProfile(owner)).toBeNull();
  });
});
