import { describe, expect, it } from "vitest";
import { buildPmpDescription, countWords, hasJapanese, lengthVerdict } from "@/lib/career/pmp-description";
import { createProjectSchema, updateProjectSchema } from "@/lib/career/schema";

describe("the project form", () => {
  it("saves a project with only a title, everything else empty", () => {
    const parsed = createProjectSchema.parse({ title: "  途中まで入力した案件  " });
    expect(parsed).toMatchObject({
      title: "途中まで入力した案件",
      startMonth: null,
      endMonth: null,
      ongoing: false,
      companyNamed: true,
      teamSize: null,
      industry: null,
      phases: [],
      methods: [],
      achievements: [],
      certificationSlugs: [],
      countsForPmp: false,
    });
  });

  it("reads months however they are typed, and lists split on commas and line breaks", () => {
    const parsed = createProjectSchema.parse({
      title: "案件",
      startMonth: "2021/4",
      endMonth: "２０２３年３月",
      tools: "JIRA、Excel, Backlog\nJIRA",
      "phase-test": "on",
      "phase-planning": "on",
      "cert-pmp": "on",
      companyHidden: "on",
      teamSize: "２０",
      achievement2Result: "工数を20%削減",
    });
    expect(parsed).toMatchObject({
      startMonth: "2021-04",
      endMonth: "2023-03",
      tools: ["JIRA", "Excel", "Backlog"],
      phases: ["planning", "test"],
      certificationSlugs: ["pmp"],
      companyNamed: false,
      teamSize: 20,
      achievements: [{ situation: "", action: "", result: "工数を20%削減" }],
    });
  });

  it("turns control characters pasted from Word or Excel into line breaks or nothing, so the files stay valid", () => {
    const parsed = createProjectSchema.parse({ title: "案件\u0007名", responsibilities: "一行目\u000b二行目\u0000", tools: "JIRA\u000bExcel" });
    expect(parsed).toMatchObject({ title: "案件名", responsibilities: "一行目\n二行目", tools: ["JIRA", "Excel"] });
  });

  it("drops the end month of an ongoing project", () => {
    expect(createProjectSchema.parse({ title: "案件", startMonth: "2024-01", endMonth: "2023-01", ongoing: "on" })).toMatchObject({ endMonth: null, ongoing: true });
  });

  it("explains in Japanese what is wrong, field by field", () => {
    const result = updateProjectSchema.safeParse({ projectId: "x", version: "1", title: "", startMonth: "2024-13", endMonth: "", teamSize: "0", industry: "space" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [String(issue.path[0]), issue.message]));
    expect(messages).toMatchObject({
      projectId: "案件が正しくありません。ページを再読み込みしてください。",
      title: "案件名を入力してください（ほかの項目は後から入力できます）。",
      startMonth: "開始は「2024-04」のように年と月で入力してください。",
      teamSize: "体制の人数は1〜100000の整数で入力してください。",
      industry: "業界を選び直してください。",
    });
    const backwards = createProjectSchema.safeParse({ title: "案件", startMonth: "2024-05", endMonth: "2024-04" });
    expect(backwards.error?.issues[0]).toMatchObject({ path: ["endMonth"], message: "終了は開始と同じ月か、それより後にしてください。" });
  });
});

describe("the PMP project description", () => {
  it("joins the filled-in parts in the application's order, each with its label", () => {
    const text = buildPmpDescription({ pmpOutcome: "Delivered on time.", pmpObjective: "Replace the  core\nbanking system.", pmpRole: "", pmpDeliverables: "Plan, RAID log." });
    expect(text).toBe("Objective: Replace the core banking system.\n\nDeliverables: Plan, RAID log.\n\nOutcome: Delivered on time.");
    expect(buildPmpDescription({})).toBe("");
  });

  it("counts words as an English word counter does", () => {
    expect(countWords("Objective: Replace the core banking system.\n\nOutcome: on-time, 3% under budget")).toBe(11);
    expect(countWords("  — ")).toBe(0);
  });

  it("judges the length against 200–500 words", () => {
    expect([0, 199, 200, 500, 501].map(lengthVerdict)).toEqual(["empty", "short", "ok", "ok", "long"]);
  });

  it("notices Japanese in a part that should be English", () => {
    expect(hasJapanese("Managed the PMO for 勘定系")).toBe(true);
    expect(hasJapanese("Managed the PMO")).toBe(false);
  });
});
