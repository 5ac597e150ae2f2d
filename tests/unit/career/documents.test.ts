import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { buildResume } from "@/lib/career/documents/resume";
import { buildRonbunSheet } from "@/lib/career/documents/ronbun";
import { resumeToDocx } from "@/lib/career/documents/resume-docx";
import { resumeToMarkdown } from "@/lib/career/documents/resume-markdown";
import { parseSelection, selectProjects } from "@/lib/career/documents/selection";
import { buildSkillSheet } from "@/lib/career/documents/skill-sheet";
import { skillSheetToXlsx } from "@/lib/career/documents/skill-sheet-xlsx";
import { project, record } from "./fixtures";

const bank = project({
  title: "勘定系システム刷新PMO",
  startMonth: "2021-04",
  endMonth: "2023-03",
  company: "株式会社サンプルSI",
  employmentType: "full-time",
  client: "大手都市銀行",
  industry: "finance",
  teamSize: 120,
  budgetBand: "1b-plus",
  role: "PMOリーダー",
  pmoType: "management",
  phases: ["requirements", "test"],
  methods: ["ウォーターフォール"],
  tools: ["JIRA", "Excel"],
  skills: ["WBS作成"],
  responsibilities: "進捗・課題管理の運用\n週次定例の運営",
  achievements: [{ situation: "課題の滞留が続いていた", action: "課題管理表の運用ルールを見直した", result: "未解決課題を3か月で40%削減" }],
  certificationSlugs: ["pmp"],
});
const insurer = project({
  title: "保険契約管理システム導入支援",
  startMonth: "2023-04",
  ongoing: true,
  company: "株式会社ひみつ商事",
  companyNamed: false,
  companyAlias: "独立系ITコンサルティング会社",
  employmentType: "freelance",
  role: "PMO",
  tools: ["Backlog"],
});
const fixed = record({
  projects: [insurer, bank],
  profile: {
    fullName: "山田 花子",
    sheetName: "H.Y.",
    summary: "金融機関向けの大規模プロジェクトでPMOを6年務めてきました。",
    strengths: "大規模プロジェクトの進捗管理\nベンダーコントロール",
    otherQualifications: "TOEIC 800点",
    selfPr: "数字で状況を示し、判断を早めることを心がけています。",
  },
  certifications: [{ name: "PMP（プロジェクトマネジメント・プロフェッショナル）", passedOn: "2024-05-20" }],
});

describe("the 職務経歴書", () => {
  it("has the usual sections in the usual order", () => {
    expect(buildResume(fixed).sections.map((section) => section.heading)).toEqual(["職務要約", "職務経歴", "活かせる経験・知識・技術", "資格", "自己PR"]);
  });

  it("groups projects by company in the chosen order, naming a company only when it may be named", () => {
    const history = buildResume(fixed).sections.find((section) => section.kind === "history");
    if (history?.kind !== "history") throw new Error("no history");
    expect(history.companies.map((company) => [company.name, company.period, company.employment])).toEqual([
      ["独立系ITコンサルティング会社", "2023年4月〜現在", "フリーランス（業務委託）"],
      ["株式会社サンプルSI", "2021年4月〜2023年3月", "正社員"],
    ]);
    const [bankProject] = history.companies[1]!.projects;
    expect(bankProject).toMatchObject({ period: "2021年4月〜2023年3月", duration: "2年", responsibilities: ["進捗・課題管理の運用", "週次定例の運営"] });
    expect(bankProject!.facts.map((fact) => `${fact.label}: ${fact.value}`)).toEqual([
      "顧客・業界: 大手都市銀行（金融）",
      "役割: PMOリーダー",
      "PMOのタイプ: 管理型PMO",
      "規模: 体制120名・予算10億円以上",
      "担当工程: 要件定義、テスト",
      "手法: ウォーターフォール",
      "ツール: JIRA、Excel",
      "関連資格: PMP",
      "スキル: WBS作成",
    ]);
    expect(bankProject!.achievements).toEqual([
      [
        { label: "状況", value: "課題の滞留が続いていた" },
        { label: "取り組み", value: "課題管理表の運用ルールを見直した" },
        { label: "結果", value: "未解決課題を3か月で40%削減" },
      ],
    ]);
  });

  it("leaves out every section the user has not filled in, and invents nothing", () => {
    const bare = buildResume(record({ projects: [project({ title: "タイトルだけの案件" })] }));
    expect(bare.name).toBeNull();
    expect(bare.sections.map((section) => section.heading)).toEqual(["職務経歴"]);
    expect(resumeToMarkdown(bare)).toBe("# 職務経歴書\n\n2026年12月2日現在\n\n## 職務経歴\n\n### タイトルだけの案件\n");
  });

  it("writes Markdown with the sections in order and the user's text kept literal", async () => {
    const markdown = resumeToMarkdown(buildResume({ ...fixed, projects: [project({ title: "# 見出しではない *強調でもない*" })] }));
    expect(markdown).toContain("### \\# 見出しではない \\*強調でもない\\*");
    const full = resumeToMarkdown(buildResume(fixed));
    const headings = full.split("\n").filter((line) => line.startsWith("## "));
    expect(headings).toEqual(["## 職務要約", "## 職務経歴", "## 活かせる経験・知識・技術", "## 資格", "## 自己PR"]);
    expect(full).toContain("### 株式会社サンプルSI（2021年4月〜2023年3月・正社員）");
    expect(full).toContain("- 状況: 課題の滞留が続いていた\n  - 取り組み: 課題管理表の運用ルールを見直した\n  - 結果: 未解決課題を3か月で40%削減");
    expect(full).toContain("- 2024年5月 PMP（プロジェクトマネジメント・プロフェッショナル） 取得\n- TOEIC 800点");
    expect(full).not.toContain("株式会社ひみつ商事");
  });

  it("writes a Word file whose text reads in the same order", async () => {
    const zip = await JSZip.loadAsync(await resumeToDocx(buildResume(fixed)));
    const xml = await zip.file("word/document.xml")!.async("string");
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join("|");
    const order = ["職務経歴書", "山田 花子", "■職務要約", "■職務経歴", "独立系ITコンサルティング会社", "保険契約管理システム導入支援", "株式会社サンプルSI", "勘定系システム刷新PMO", "未解決課題を3か月で40%削減", "■活かせる経験・知識・技術", "■資格", "TOEIC 800点", "■自己PR"];
    const positions = order.map((piece) => text.indexOf(piece));
    expect(positions.every((position) => position >= 0), JSON.stringify(order.filter((_, index) => positions[index]! < 0))).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).not.toContain("ひみつ商事");
    // A4 portrait.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });
});

describe("the スキルシート", () => {
  it("has one row per chosen project with 期間, 業務内容, 役割, 規模 and 環境", () => {
    const sheet = buildSkillSheet(fixed);
    expect(sheet.name).toBe("H.Y.");
    expect(sheet.summary.map((item) => item.label)).toEqual(["保有資格", "主なスキル"]);
    expect(sheet.rows.map((row) => row.title)).toEqual(["保険契約管理システム導入支援", "勘定系システム刷新PMO"]);
    expect(sheet.rows[1]).toMatchObject({
      no: 2,
      period: "2021/04〜2023/03",
      duration: "2年",
      work: ["大手都市銀行（金融）", "進捗・課題管理の運用", "週次定例の運営", "成果: 未解決課題を3か月で40%削減"],
      role: ["PMOリーダー", "管理型PMO"],
      scale: ["120名", "予算10億円以上"],
      environment: ["ウォーターフォール", "JIRA", "Excel"],
    });
    expect(sheet.rows[1]!.phases).toMatchObject({ requirements: true, test: true, design: false });
  });

  it("leaves out the summary lines with nothing in them", () => {
    expect(buildSkillSheet(record({ projects: [project()] })).summary).toEqual([]);
  });

  it("writes an Excel workbook that reads back row by row", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await skillSheetToXlsx(buildSkillSheet(fixed))).buffer);
    const sheet = workbook.getWorksheet("スキルシート")!;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ""))));
    const header = rows.findIndex((row) => row[0] === "No.");
    expect(rows[header]).toEqual(["No.", "期間", "業務内容", "役割", "規模", "環境", "企画", "要件", "設計", "開発", "テスト", "移行", "運用"]);
    expect(rows[header + 2]!.slice(0, 6)).toEqual(["2", "2021/04〜2023/03\n（2年）", "【勘定系システム刷新PMO】\n大手都市銀行（金融）\n進捗・課題管理の運用\n週次定例の運営\n成果: 未解決課題を3か月で40%削減", "PMOリーダー\n管理型PMO", "120名\n予算10億円以上", "ウォーターフォール\nJIRA\nExcel"]);
    expect(rows[header + 2]!.slice(6)).toEqual(["", "●", "", "", "●", "", ""]);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape" });
  });
});

describe("choosing the projects of a document", () => {
  const older = project({ title: "古い", startMonth: "2018-04", endMonth: "2019-03" });
  const newer = project({ title: "新しい", startMonth: "2024-04", ongoing: true });
  const undated = project({ title: "日付なし" });
  const all = [older, undated, newer];
  const titles = (query: string) => selectProjects(all, parseSelection(new URLSearchParams(query))).map((item) => item.title);

  it("includes every project, newest first, until the user chooses", () => {
    expect(titles("")).toEqual(["新しい", "古い", "日付なし"]);
    expect(titles("order=oldest")).toEqual(["古い", "新しい", "日付なし"]);
    expect(titles("order=custom")).toEqual(["古い", "日付なし", "新しい"]);
  });

  it("includes only the chosen projects, and none when none is chosen", () => {
    expect(titles(`chosen=1&p=${older.id}&p=${newer.id}&order=oldest`)).toEqual(["古い", "新しい"]);
    expect(titles("chosen=1")).toEqual([]);
    expect(titles("order=nonsense")).toEqual(["新しい", "古い", "日付なし"]);
  });
});

describe("the 論述 題材 sheet", () => {
  it("lays one project out as overview, issues and actions, results, and duties, in that order", () => {
    const sheet = buildRonbunSheet(bank, "2026-12-02");
    expect(sheet.sections.map((section) => section.heading)).toEqual(["プロジェクトの概要と自分の立場", "課題と取り組み", "結果と評価", "担当した業務"]);
    expect(sheet.sections[0]).toMatchObject({
      facts: [
        { label: "プロジェクト", value: "勘定系システム刷新PMO" },
        { label: "期間", value: "2021年4月〜2023年3月（2年）" },
        { label: "顧客・業界", value: "大手都市銀行（金融）" },
        { label: "規模", value: "体制120名・予算10億円以上" },
        { label: "立場・役割", value: "PMOリーダー／管理型PMO" },
        { label: "担当工程", value: "要件定義、テスト" },
        { label: "手法", value: "ウォーターフォール" },
      ],
    });
    expect(sheet.sections[1]).toMatchObject({ items: [{ issue: "課題の滞留が続いていた", action: "課題管理表の運用ルールを見直した" }] });
    expect(sheet.sections[2]).toMatchObject({ items: ["未解決課題を3か月で40%削減"] });
  });

  it("keeps only the overview of a project with nothing else entered", () => {
    const sheet = buildRonbunSheet(project({ title: "題材候補" }), "2026-12-02");
    expect(sheet.sections).toEqual([{ kind: "overview", heading: "プロジェクトの概要と自分の立場", facts: [{ label: "プロジェクト", value: "題材候補" }] }]);
  });
});
