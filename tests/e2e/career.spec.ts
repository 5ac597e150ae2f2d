import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { addDays, japanToday } from "@/lib/calendar/japan-date";
import { signUp, uniqueEmail } from "./support/accounts";
import { createPlanFromPmoToPm } from "./support/plans";
import { expect, newVisitorContext, test } from "./support/test";

interface ProjectEntry {
  title: string;
  start: string;
  end?: string;
  company?: string;
  role?: string;
  tools?: string;
  skills?: string;
  pmoType?: string;
  responsibilities?: string;
  result?: string;
}

/** Adds a project through the form as a user would, opening only the sections it needs. */
async function addProject(page: Page, project: ProjectEntry) {
  await page.goto("/me/career/projects/new");
  await page.getByLabel("案件名（必須）").fill(project.title);
  await page.getByLabel("開始（年月）").fill(project.start);
  if (project.end) await page.getByLabel("終了（年月）").fill(project.end);
  else await page.getByLabel("現在も継続中").check();
  if (project.company) await page.getByLabel("会社名（在籍・契約していた会社）").fill(project.company);
  if (project.role || project.pmoType) {
    await page.getByText("顧客・規模・役割", { exact: true }).click();
    if (project.role) await page.getByLabel("役割", { exact: true }).fill(project.role);
    if (project.pmoType) await page.getByLabel("PMOのタイプ").selectOption({ label: project.pmoType });
  }
  if (project.tools) {
    await page.getByText("担当工程・手法・ツール", { exact: true }).click();
    await page.getByLabel("ツール", { exact: true }).fill(project.tools);
  }
  if (project.responsibilities || project.result) {
    await page.getByText("担当業務・実績", { exact: true }).click();
    if (project.responsibilities) await page.getByLabel("担当業務").fill(project.responsibilities);
    if (project.result) await page.getByRole("group", { name: "実績1（状況 → 取り組み → 結果）" }).getByLabel("結果（できれば数字で）").fill(project.result);
  }
  if (project.skills) {
    await page.getByText("資格・スキル・PMPの経験", { exact: true }).click();
    await page.getByLabel("スキル", { exact: true }).fill(project.skills);
  }
  await page.getByRole("button", { name: "案件を保存" }).click();
  await expect(page).toHaveURL(/\/me\/career\/projects\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(project.title);
}

async function download(page: Page, name: string): Promise<{ fileName: string; bytes: Buffer }> {
  const pending = page.waitForEvent("download");
  await page.getByRole("link", { name }).click();
  const file = await pending;
  return { fileName: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** The page size of a PDF in points, read from its first MediaBox. */
function mediaBox(pdf: Buffer): [number, number] {
  const match = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString("latin1"));
  expect(match, "a MediaBox in the PDF").toBeTruthy();
  return [Number(match![1]), Number(match![2])];
}

test("two overlapping projects count 18 PMP months once, and the eligibility check reads them", async ({ page }) => {
  await signUp(page, { name: "伊藤", email: uniqueEmail("career-pmp") });
  await page.getByRole("banner").getByRole("link", { name: "職務経歴" }).click();
  await expect(page).toHaveURL(/\/me\/career$/);
  await expect(page.getByTestId("pmp-months")).toHaveText("0か月");

  await addProject(page, { title: "勘定系刷新PMO", start: "2023-01", end: "2023-12" });
  await addProject(page, { title: "ネット支店構築PMO", start: "2023-07", end: "2024-06" });
  await page.goto("/me/career");
  // 12 + 12 months, of which six overlap: 18 distinct months, as PMI counts them.
  await expect(page.getByTestId("pmp-months")).toHaveText("18か月");

  await page.goto("/me/career/pmp");
  await expect(page.getByTestId("pmp-months")).toHaveText("18か月");
  await expect(page.getByText("勘定系刷新PMO: 2023年1月〜2023年12月（12か月）")).toBeVisible();

  await page.getByRole("link", { name: "受験資格チェックで確かめる" }).click();
  const eligibility = page.getByRole("region", { name: "PMPの受験資格チェック" });
  await expect(eligibility.getByTestId("eligibility-record-months")).toHaveText("18か月");
  await eligibility.getByLabel("最終学歴").selectOption("bachelor");
  await eligibility.getByLabel("プロジェクトマネジメント教育の時間数").fill("35");
  await eligibility.getByRole("button", { name: "判定する" }).click();
  await expect(eligibility.getByRole("status")).toContainText("あと18か月必要です");

  // Typing a number is still possible, as a what-if.
  await eligibility.getByRole("link", { name: "月数を手で入力して試す" }).click();
  await expect(page).toHaveURL(/\?manual=1#eligibility$/);
  await eligibility.getByLabel(/プロジェクトを率いた経験/).fill("40");
  await eligibility.getByLabel("プロジェクトマネジメント教育の時間数").fill("35");
  await eligibility.getByRole("button", { name: "判定する" }).click();
  await expect(eligibility.getByRole("status")).toContainText("経験と教育の条件を満たしています");
});

test("a half-filled project is saved from a phone, completed later, and a bad month changes nothing", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUp(page, { name: "小林", email: uniqueEmail("career-phone") });
  await page.goto("/me/career/projects/new");
  // A mistake inside a folded section opens it, with every message and what was typed kept.
  await page.getByText("顧客・規模・役割", { exact: true }).click();
  await page.getByLabel("体制（人数）").fill("0");
  await page.getByLabel("役割", { exact: true }).fill("PMOメンバー");
  await page.getByText("顧客・規模・役割", { exact: true }).click();
  await page.getByRole("button", { name: "案件を保存" }).click();
  await expect(page.getByText("案件名を入力してください（ほかの項目は後から入力できます）。")).toBeVisible();
  await expect(page.getByText("体制の人数は1〜100000の整数で入力してください。")).toBeVisible();
  await expect(page.getByLabel("役割", { exact: true })).toHaveValue("PMOメンバー");
  await page.getByLabel("体制（人数）").fill("");
  await page.getByLabel("役割", { exact: true }).fill("");
  await page.getByLabel("案件名（必須）").fill("メモだけの案件");
  await page.getByRole("button", { name: "案件を保存" }).click();
  await expect(page.getByRole("status")).toContainText("残りの項目（期間・会社名・役割・担当業務・実績）は、いつでも後から入力できます。");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

  await page.getByLabel("開始（年月）").fill("2024-05");
  await page.getByLabel("終了（年月）").fill("2024-04");
  await page.getByRole("button", { name: "この内容で保存" }).click();
  await expect(page.getByText("終了は開始と同じ月か、それより後にしてください。")).toBeVisible();
  await page.goto("/me/career");
  await expect(page.getByRole("article", { name: "メモだけの案件" })).toContainText("期間・会社・役割は未入力です");

  await page.getByRole("link", { name: "メモだけの案件" }).click();
  await page.getByLabel("開始（年月）").fill("2024-04");
  await page.getByLabel("現在も継続中").check();
  await page.getByLabel("役割", { exact: true }).fill("PMOメンバー");
  await page.getByRole("button", { name: "この内容で保存" }).click();
  await expect(page.getByText("「メモだけの案件」を保存しました。")).toBeVisible();
  await page.goto("/me/career");
  await expect(page.getByRole("article", { name: "メモだけの案件" })).toContainText("2024年4月〜現在");
  await expect(page.getByRole("article", { name: "メモだけの案件" })).toContainText("PMOメンバー");
});

test("the 職務経歴書 and スキルシート download as .docx, .xlsx and .md with the user's text, and print on A4", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, { name: "山田", email: uniqueEmail("career-docs") });
  await page.goto("/me/career/profile");
  await page.getByLabel("氏名（職務経歴書に載せる名前）").fill("山田 花子");
  await page.getByLabel("職務要約").fill("金融機関向けのシステム刷新でPMOを務めてきました。");
  await page.getByLabel("自己PR").fill("数字で状況を示し、判断を早めます。");
  await page.getByRole("button", { name: "プロフィールを保存" }).click();
  await expect(page.getByText("職務要約・自己PRなどを保存しました。")).toBeVisible();

  await addProject(page, {
    title: "勘定系システム刷新PMO",
    start: "2021-04",
    end: "2023-03",
    company: "株式会社サンプルSI",
    role: "PMOリーダー",
    tools: "JIRA、Excel",
    responsibilities: "週次定例の運営\n課題管理表の運用",
    result: "未解決課題を3か月で40%削減",
  });
  await addProject(page, { title: "保険契約管理の導入支援", start: "2023-04", company: "株式会社サンプルSI", role: "PMO" });
  await addProject(page, { title: "載せない案件", start: "2019-04", end: "2020-03" });

  await page.goto("/me/career/documents");
  await page.getByLabel("載せない案件").uncheck();
  await page.getByLabel("古い順（編年体）").check();
  await page.getByRole("button", { name: "この選び方にする" }).click();
  await expect(page.getByText("2件の案件を載せます。")).toBeVisible();
  await expect(page.getByText("入力がないため載らない項目: 資格")).toBeVisible();

  const word = await download(page, "職務経歴書をWordで保存（.docx）");
  expect(word.fileName).toMatch(/^職務経歴書_\d{4}-\d{2}-\d{2}\.docx$/);
  const documentXml = await (await JSZip.loadAsync(word.bytes)).file("word/document.xml")!.async("string");
  const wordText = [...documentXml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join("");
  const order = ["職務経歴書", "山田 花子", "■職務要約", "金融機関向けのシステム刷新", "■職務経歴", "株式会社サンプルSI", "勘定系システム刷新PMO", "未解決課題を3か月で40%削減", "保険契約管理の導入支援", "■活かせる経験・知識・技術", "主なスキル・手法・ツール: JIRA、Excel", "■自己PR"];
  const positions = order.map((piece) => wordText.indexOf(piece));
  expect(positions.filter((position) => position < 0)).toEqual([]);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(wordText).not.toContain("載せない案件");
  expect(wordText).not.toContain("■資格");

  const markdown = await download(page, "職務経歴書をMarkdownで保存（.md）");
  expect(markdown.fileName).toMatch(/\.md$/);
  const markdownText = markdown.bytes.toString("utf8");
  expect(markdownText).toContain("## 職務要約\n\n金融機関向けのシステム刷新でPMOを務めてきました。");
  expect(markdownText).toContain("### 株式会社サンプルSI（2021年4月〜現在）");
  expect(markdownText.indexOf("#### 勘定系システム刷新PMO")).toBeLessThan(markdownText.indexOf("#### 保険契約管理の導入支援"));

  const excel = await download(page, "スキルシートをExcelで保存（.xlsx）");
  expect(excel.fileName).toMatch(/^スキルシート_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(excel.bytes).buffer);
  const rows: string[][] = [];
  workbook.getWorksheet("スキルシート")!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ""))));
  const header = rows.findIndex((row) => row[0] === "No.");
  expect(rows[header]!.slice(0, 6)).toEqual(["No.", "期間", "業務内容", "役割", "規模", "環境"]);
  expect(rows.slice(header + 1).map((row) => row.slice(0, 4))).toEqual([
    ["1", "2021/04〜2023/03\n（2年）", "【勘定系システム刷新PMO】\n週次定例の運営\n課題管理表の運用\n成果: 未解決課題を3か月で40%削減", "PMOリーダー"],
    ["2", expect.stringMatching(/^2023\/04〜現在\n（\d+年(\d+か月)?）$/), "【保険契約管理の導入支援】", "PMO"],
  ]);

  await page.getByRole("link", { name: "職務経歴書の印刷用ページ（PDFに保存）" }).click();
  await expect(page).toHaveURL(/\/me\/career\/resume\/print\?/);
  await expect(page.getByRole("heading", { level: 1, name: "職務経歴書" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "■資格" })).toHaveCount(0);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("button", { name: "印刷する" })).toBeHidden();
  // The page asks for A4 itself (@page), so the browser's PDF comes out A4 portrait: 595 × 842 points.
  const [width, height] = mediaBox(await page.pdf({ preferCSSPageSize: true }));
  expect(Math.round(width)).toBe(595);
  expect(Math.round(height)).toBe(842);
  // Nothing sticks out of the printable width (A4 less 15 mm margins, at 96 dpi: 680 px).
  await page.setViewportSize({ width: 680, height: 1000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

  await page.emulateMedia({ media: "screen" });
  await page.goto(`/me/career/skill-sheet/print?${new URL(page.url()).search.slice(1)}`);
  await expect(page.getByRole("table", { name: "案件ごとの経歴" }).getByRole("row")).toHaveCount(3);
  await page.emulateMedia({ media: "print" });
  const [sheetWidth, sheetHeight] = mediaBox(await page.pdf({ preferCSSPageSize: true }));
  expect([Math.round(sheetWidth), Math.round(sheetHeight)]).toEqual([842, 595]);
});

test("the PMP description counts words as they are typed and is kept with the project", async ({ page }) => {
  await signUp(page, { name: "中村", email: uniqueEmail("career-words") });
  await addProject(page, { title: "コールセンター刷新", start: "2024-01", end: "2024-12" });
  await page.getByRole("link", { name: "この案件のPMP申請用の説明（英語）を書く" }).click();
  const project = page.getByRole("article", { name: /コールセンター刷新/ });
  await project.getByLabel("プロジェクトの目的（Objective）").fill("Replace the contact centre system for 300 agents.");
  await expect(project.getByTestId("pmp-word-count")).toHaveText("9語");
  await expect(project.getByText("目安の200語に届いていません。")).toBeVisible();
  await project.getByLabel("自分の役割（Role）").fill("PMO lead, 勘定系");
  await expect(project.getByText(/日本語が含まれています/)).toBeVisible();
  await project.getByLabel("自分の役割（Role）").fill("PMO lead reporting to the project sponsor.");
  await expect(project.getByLabel("申請に貼り付ける英文（「コールセンター刷新」）")).toHaveValue("Objective: Replace the contact centre system for 300 agents.\n\nMy role: PMO lead reporting to the project sponsor.");
  await expect(project.getByTestId("pmp-word-count")).toHaveText("18語");
  await project.getByRole("button", { name: "説明を保存" }).click();
  await expect(project.getByText("「コールセンター刷新」のPMP申請用の説明を保存しました。")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("article", { name: /コールセンター刷新/ }).getByTestId("pmp-word-count")).toHaveText("18語");
  await expect(page.getByRole("note").filter({ hasText: "PMIの公式ページ・ハンドブックでは確認できませんでした" })).toBeVisible();
});

test("a listing shows a signed-in user what they have, are working on and lack, and adds a missing skill to the plan", async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  const listings = (await (await request.get(`/api/listings?q=${encodeURIComponent("請求システム刷新PMOメンバー")}`)).json()) as { rows: { id: string; title: string }[] };
  const listing = listings.rows.find((row) => row.title.startsWith("【SaaS企業】請求システム刷新PMOメンバー"))!;
  expect(listing, "the sample listing asking for JIRA, WBS, Backlog, PMO experience, PMP and ITIL").toBeTruthy();

  // A visitor sees the listing as before, with no panel and no request for one.
  const visitor = await newVisitorContext(browser);
  const visitorPage = await visitor.newPage();
  const fitRequests: string[] = [];
  visitorPage.on("request", (sent) => sent.url().includes("/api/career/fit/") && fitRequests.push(sent.url()));
  await visitorPage.goto(`/listings/${listing.id}`);
  await expect(visitorPage.getByRole("heading", { name: "募集要項" })).toBeVisible();
  await expect(visitorPage.getByRole("region", { name: "あなたの経歴との照らし合わせ" })).toHaveCount(0);
  expect(fitRequests).toEqual([]);
  await visitor.close();

  await createPlanFromPmoToPm(page, "career-fit");
  await addProject(page, { title: "基幹刷新PMO", start: "2023-01", end: "2024-06", pmoType: "管理型PMO", tools: "JIRA", skills: "WBS作成" });
  await page.goto("/me/certifications/pmp");
  if (await page.getByRole("button", { name: "この資格を記録する" }).isVisible()) await page.getByRole("button", { name: "この資格を記録する" }).click();
  const details = page.getByRole("region", { name: "状況" });
  await details.getByLabel("ステータス", { exact: true }).selectOption({ label: "学習中" });
  await details.getByLabel("受験日").fill(addDays(japanToday(), 42));
  await details.getByRole("button", { name: "保存する" }).click();
  await expect(details.getByText("保存しました（ステータス: 学習中）。")).toBeVisible();

  await page.goto(`/listings/${listing.id}`);
  const fit = page.getByRole("region", { name: "あなたの経歴との照らし合わせ" });
  const have = fit.getByRole("list", { name: "持っている" });
  await expect(have).toContainText("JIRA");
  await expect(have).toContainText("WBS作成経験");
  await expect(have).toContainText("PMO経験1年以上職務経歴で通算1年6か月");
  await expect(fit.getByRole("list", { name: "取り組み中" })).toContainText("PMP学習中・試験まで42日");
  const missing = fit.getByRole("list", { name: "まだない" });
  await expect(missing).toContainText("Backlog");
  await expect(missing).toContainText("ITIL 4 Foundation");
  for (const theme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect(fit.getByRole("list", { name: "まだない" })).toBeVisible();
    const violations = (await new AxeBuilder({ page }).include("#main").analyze()).violations;
    expect(violations.map((violation) => `${theme} ${violation.id}: ${violation.help} (${violation.nodes[0]?.target})`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });

  await missing.getByRole("button", { name: "「Backlog」をプランに追加" }).click();
  await expect(fit.getByText("プラン「PMへの24か月プラン」にマイルストーン「Backlog」を追加しました。")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "あなたの経歴との照らし合わせ" }).getByRole("list", { name: "取り組み中" })).toContainText("Backlog");
  await page.goto("/me/plans");
  await page.getByRole("link", { name: "PMへの24か月プラン" }).click();
  await expect(page.getByRole("article", { name: "Backlog" })).toContainText("スキル");
});

test("projects reorder by keyboard, and axe finds nothing on the career pages, light and dark", async ({ page }) => {
  test.setTimeout(150_000);
  await signUp(page, { name: "アクセシビリティ", email: uniqueEmail("career-axe") });
  await addProject(page, { title: "一つ目", start: "2022-04", end: "2023-03", company: "株式会社A", role: "PMO", responsibilities: "進捗管理", result: "遅延ゼロ" });
  await addProject(page, { title: "二つ目", start: "2023-04", company: "株式会社B" });
  await page.goto("/me/career");
  const order = () => page.getByRole("list", { name: /案件（上から順に/ }).getByRole("heading", { level: 3 }).allInnerTexts();
  await expect.poll(order).toEqual(["二つ目", "一つ目"]);
  await page.getByRole("button", { name: "「二つ目」を下へ" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("「二つ目」を1つ下に移動しました。")).toBeVisible();
  await expect.poll(order).toEqual(["一つ目", "二つ目"]);
  await expect(page.getByRole("button", { name: "「二つ目」を上へ" })).toBeEnabled();

  // The 論述 題材 sheet of a project: what was entered, in the order a draft is written.
  await page.getByRole("link", { name: "一つ目" }).click();
  await page.getByRole("link", { name: /論述の題材シートにする/ }).click();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(["■プロジェクトの概要と自分の立場", "■結果と評価", "■担当した業務"]);
  await expect(page.getByRole("region", { name: "■結果と評価" })).toContainText("遅延ゼロ");
  await page.goBack();
  await page.goto("/me/career");

  const project = await page.getByRole("link", { name: "一つ目" }).getAttribute("href");
  const paths = ["/me/career", "/me/career/projects/new", project!, `${project!}/ronbun`, "/me/career/profile", "/me/career/documents", "/me/career/pmp", "/me/career/resume/print", "/me/career/skill-sheet/print"];
  const found: string[] = [];
  for (const theme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: theme });
    for (const path of paths) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      found.push(...results.violations.map((violation) => `${path} ${theme} ${violation.id}: ${violation.help} (${violation.nodes[0]?.target})`));
    }
  }
  expect(found).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/me/career", project!, "/me/career/documents", "/me/career/pmp"]) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBeLessThanOrEqual(0);
  }
});
