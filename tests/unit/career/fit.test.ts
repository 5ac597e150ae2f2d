import { describe, expect, it } from "vitest";
import { listingFit, type FitProject, type FitRecord } from "@/lib/career/fit/match";
import { certificationNames } from "@/lib/certifications/slugs";

const today = "2026-12-02";
const names = Object.fromEntries(Object.entries(certificationNames).map(([slug, name]) => [slug, [name]]));

function fitProject(overrides: Partial<FitProject> = {}): FitProject {
  return { startMonth: null, endMonth: null, ongoing: false, role: "", pmoType: null, teamSize: null, industry: null, phases: [], skills: [], methods: [], tools: [], ...overrides };
}

const record = (overrides: Partial<FitRecord> = {}): FitRecord => ({ projects: [], tracked: [], milestones: [], certificationNames: names, ...overrides });

const fitOf = (asks: Partial<Parameters<typeof listingFit>[0]>, overrides: Partial<FitRecord>) =>
  listingFit({ requiredSkills: [], preferredSkills: [], certifications: [], ...asks }, record(overrides), today).map((item) => [item.name, item.state, item.detail]);

describe("a listing's fit with the user's record", () => {
  it("finds skills, methods and tools however the listing words them", () => {
    const projects = [fitProject({ tools: ["Jira", "Excel", "PowerBI"], methods: ["アジャイル"], skills: ["WBS作成"], phases: ["requirements"] })];
    expect(fitOf({ requiredSkills: ["JIRA", "Excel（関数・ピボット）", "WBS作成経験", "Power BIでのデータ分析"], preferredSkills: ["アジャイル開発の経験", "要件定義の経験", "Backlog"] }, { projects })).toEqual([
      ["JIRA", "have", "職務経歴の「Jira」"],
      ["Excel（関数・ピボット）", "have", "職務経歴の「Excel」"],
      ["WBS作成経験", "have", "職務経歴の「WBS作成」"],
      ["Power BIでのデータ分析", "have", "職務経歴の「PowerBI」"],
      ["アジャイル開発の経験", "have", "職務経歴の「アジャイル」"],
      ["要件定義の経験", "have", "職務経歴の「要件定義」"],
      ["Backlog", "missing", null],
    ]);
  });

  it("checks years of PMO experience against the record's distinct months, ongoing projects counting as work in progress", () => {
    const done = fitProject({ pmoType: "management", startMonth: "2023-01", endMonth: "2024-06" });
    const overlapping = fitProject({ role: "PMOメンバー", startMonth: "2024-01", endMonth: "2024-12" });
    expect(fitOf({ requiredSkills: ["PMO経験1年以上", "PMO経験3年以上"] }, { projects: [done, overlapping] })).toEqual([
      ["PMO経験1年以上", "have", "職務経歴で通算2年"],
      ["PMO経験3年以上", "missing", "職務経歴で通算2年（あと1年）"],
    ]);
    const ongoing = fitProject({ pmoType: "support", startMonth: "2026-01", ongoing: true });
    expect(fitOf({ requiredSkills: ["PMO経験3年以上"] }, { projects: [ongoing] })).toEqual([["PMO経験3年以上", "working", "職務経歴で通算1年・継続中の案件であと2年"]]);
    // A PM role is not PMO experience, and a PMO role is not PM experience.
    const pm = fitProject({ role: "PM", teamSize: 25, startMonth: "2020-01", endMonth: "2024-12" });
    expect(fitOf({ requiredSkills: ["PMO経験1年以上", "PM経験（20名規模以上）", "PM経験（50名規模以上）"] }, { projects: [pm] })).toEqual([
      ["PMO経験1年以上", "missing", null],
      ["PM経験（20名規模以上）", "have", "PMとして体制25名の案件"],
      ["PM経験（50名規模以上）", "missing", null],
    ]);
  });

  it("recognises an industry the user has worked in", () => {
    expect(fitOf({ preferredSkills: ["銀行業務の基礎知識", "公共系プロジェクト経験"] }, { projects: [fitProject({ industry: "finance" })] })).toEqual([
      ["銀行業務の基礎知識", "have", "金融業界の案件"],
      ["公共系プロジェクト経験", "missing", null],
    ]);
  });

  it("reads certifications from the tracker: passed is had, studying shows the exam countdown", () => {
    const tracked: FitRecord["tracked"] = [
      { certificationSlug: "pmp", status: "studying", examDate: "2027-01-13" },
      { certificationSlug: "ipa-ap", status: "passed", examDate: null },
      { certificationSlug: "itil4-foundation", status: "interested", examDate: null },
    ];
    expect(fitOf({ certifications: ["PMP", "応用情報技術者", "ITIL 4 Foundation", "P2M", "PMOスペシャリスト"] }, { tracked })).toEqual([
      ["PMP", "working", "学習中・試験まで42日"],
      ["応用情報技術者", "have", "合格"],
      ["ITIL 4 Foundation", "missing", "関心あり（資格の記録にあります）"],
      ["P2M", "missing", null],
      ["PMOスペシャリスト", "missing", null],
    ]);
    expect(fitOf({ certifications: ["P2M"] }, { tracked: [{ certificationSlug: "p2m", status: "renewal_due", examDate: null }] })).toEqual([["P2M", "have", "合格（更新要）"]]);
    // Either level of PMOスペシャリスト answers a listing that names it without a level.
    expect(fitOf({ certifications: ["PMOスペシャリスト"] }, { tracked: [{ certificationSlug: "pmo-specialist-2", status: "passed", examDate: null }] })).toEqual([["PMOスペシャリスト", "have", "合格"]]);
  });

  it("counts a plan milestone still to do as work in progress", () => {
    const milestones = [
      { title: "Backlogを使ってみる", planTitle: "PMへの道", certificationSlug: null },
      { title: "P2Mを受ける", planTitle: "PMへの道", certificationSlug: "p2m" },
    ];
    expect(fitOf({ requiredSkills: ["Backlog"], certifications: ["P2M"] }, { milestones })).toEqual([
      ["Backlog", "working", "プラン「PMへの道」で取り組み中"],
      ["P2M", "working", "プラン「PMへの道」で取り組み中"],
    ]);
  });

  it("does not match on a single letter or on letters that are part of a longer word", () => {
    expect(fitOf({ requiredSkills: ["PMO経験", "R", "PM経験"] }, { projects: [fitProject({ skills: ["PM", "R"] })] })).toEqual([
      ["PMO経験", "missing", null],
      ["R", "missing", null],
      ["PM経験", "have", "職務経歴の「PM」"],
    ]);
  });
});
