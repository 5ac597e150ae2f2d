import { expect, newVisitorContext, test } from "./support/test";
import { confirmSignUp, expectOnMyPage, signUp, signUpOrSignIn, submitSignUpForm, testPassword, uniqueEmail } from "./support/accounts";

test("search → detail → bookmark as a visitor → sign up → shortlist with status and note that survive a reload", async ({ page }) => {
  await page.goto("/listings");
  await expect(page.getByText("サンプルデータ（架空の求人）")).toBeVisible();
  await page.getByRole("searchbox", { name: "キーワード" }).fill("金融");
  await page.getByText("条件で絞り込む").click();
  await page.getByRole("checkbox", { name: "フルリモート" }).check();
  await page.getByRole("button", { name: "この条件で検索" }).click();
  await expect(page).toHaveURL(/q=%E9%87%91%E8%9E%8D/);
  await expect(page).toHaveURL(/workStyle=full-remote/);
  await expect(page.getByRole("link", { name: "フルリモートの条件を外す" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /^\d+件/ })).toBeVisible();

  const first = page.getByRole("heading", { level: 3 }).getByRole("link").first();
  const title = await first.innerText();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("フルリモート").first()).toBeVisible();
  const detailUrl = page.url();
  const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
  // The shipped listings are samples: no JobPosting for search engines (tests/e2e/visitor-finish.spec.ts).
  expect(ld.map((text) => JSON.parse(text)["@type"])).not.toContain("JobPosting");

  await page.getByRole("button", { name: "☆ 検討リストに保存" }).first().click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Flistings%2F/);
  await page.getByRole("main").getByRole("link", { name: "新規登録" }).click();
  const signUpEmail = uniqueEmail("bookmark");
  await submitSignUpForm(page, { name: "山本", email: signUpEmail, password: testPassword });
  await confirmSignUp(page, signUpEmail);
  await expect(page).toHaveURL(detailUrl);
  await expect(page.getByRole("button", { name: "★ 検討リストに保存済み" }).first()).toBeVisible();

  await page.goto("/me/bookmarks");
  const card = page.getByRole("article").filter({ hasText: title });
  await card.getByLabel(`${title}のステータス`).selectOption({ label: "応募済み" });
  await card.getByRole("button", { name: "変更" }).click();
  await expect(card.getByRole("list", { name: "ステータスの履歴" })).toContainText("応募済み");
  await card.getByLabel(/メモ/).fill("12/3 一次面談（オンライン）");
  await card.getByRole("button", { name: "メモを保存" }).click();
  await expect(card.getByText("メモを保存しました。")).toBeVisible();

  await page.reload();
  const reloaded = page.getByRole("article").filter({ hasText: title });
  await expect(reloaded.getByLabel(`${title}のステータス`)).toHaveValue("applied");
  await expect(reloaded.getByLabel(/メモ/)).toHaveValue("12/3 一次面談（オンライン）");

  await page.getByRole("link", { name: "ボード" }).click();
  await expect(page.getByRole("region", { name: /^応募済み/ }).getByRole("link", { name: title })).toBeVisible();
  await page.getByRole("link", { name: "リスト" }).click();
  await page.getByRole("link", { name: /^保存（0）/ }).click();
  await expect(page.getByText("「保存」の求人・案件はありません。")).toBeVisible();
});

test("a signed-in user saves a search and opens it from 保存した検索", async ({ page }) => {
  await signUp(page, { name: "佐々木", email: uniqueEmail("saved-search") });
  await expectOnMyPage(page, "佐々木");
  await page.goto("/listings?q=%E8%A3%BD%E9%80%A0&maxDays=3");
  await page.getByLabel("この条件を保存").fill("製造・週3以下");
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByText("「製造・週3以下」を保存しました。", { exact: false })).toBeVisible();

  await page.goto("/me/searches");
  await expect(page.getByText("新着なし")).toBeVisible();
  await expect(page.getByText("キーワード「製造」 / 週3日以下")).toBeVisible();
  await page.getByRole("link", { name: "製造・週3以下" }).click();
  await expect(page).toHaveURL(/\/listings\?q=%E8%A3%BD%E9%80%A0&maxDays=3$/);
});

test("an empty result suggests which filter to drop", async ({ page }) => {
  await page.goto("/listings?q=%E9%87%91%E8%9E%8D&industry=manufacturing");
  await expect(page.getByText("この条件に合う求人・案件は見つかりませんでした。")).toBeVisible();
  const relax = page.getByRole("link", { name: /「製造」を外す（\d+件）/ });
  await relax.click();
  await expect(page).toHaveURL(/\/listings\?q=%E9%87%91%E8%9E%8D$/);
});

test("the search works without JavaScript", async ({ browser }) => {
  const context = await newVisitorContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/listings");
  await page.getByRole("searchbox", { name: "キーワード" }).fill("保険");
  await page.getByRole("button", { name: "検索", exact: true }).click();
  await expect(page).toHaveURL(/q=%E4%BF%9D%E9%99%BA/);
  await expect(page.getByRole("heading", { level: 3 }).first()).toContainText(/保険|損保|生保/);
  await context.close();
});

test("an admin imports a file with one bad row and sees the report; others get 404", async ({ page }) => {
  await signUp(page, { name: "一般", email: uniqueEmail("not-admin") });
  await expectOnMyPage(page, "一般");
  expect((await page.goto("/admin/listings"))?.status()).toBe(404);
  await page.context().clearCookies();

  const email = "admin-e2e@example.com";
  await signUpOrSignIn(page, { name: "管理者", email });
  await page.goto("/admin/listings/import");
  const header = "external_id,title,company,description,employment_type,pmo_type,level,industry,work_style,prefecture,pay_unit,pay_min,pay_max,days_per_week,required_skills,preferred_skills,certifications,posted_on,closes_on,status";
  const row = (id: string, prefecture: string) =>
    `${id},物流企業の倉庫管理システム刷新PMO,株式会社E2E物流,物流企業の倉庫管理システム刷新で進捗管理と課題管理を担当します。,正社員,支援型PMO,member,logistics,hybrid,${prefecture},annual,5000000,6500000,5,Excel,,,2026-11-10,,open`;
  const csv = [header, row(`e2e-${Date.now()}-1`, "神奈川県"), row(`e2e-${Date.now()}-2`, "カナガワ")].join("\n");
  await page.setInputFiles("#import-file", { name: "partner.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "取り込む" }).click();
  const report = page.getByRole("region", { name: "取り込み結果" });
  await expect(report).toContainText("2行を読み込みました。");
  await expect(report).toContainText("1行も取り込んでいません");
  await expect(report.getByRole("table")).toContainText("prefecture");
  await expect(report.getByRole("row").nth(1)).toContainText("2");

  await page.setInputFiles("#import-file", { name: "partner.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("checkbox", { name: /問題のない行だけを取り込む/ }).check();
  await page.getByRole("button", { name: "取り込む" }).click();
  await expect(report).toContainText("新規 1件");
  await page.goto("/admin/listings?q=E2E%E7%89%A9%E6%B5%81");
  await expect(page.getByText("物流企業の倉庫管理システム刷新PMO")).toBeVisible();

  // Create one by hand, then close it: it leaves the public search but stays in the admin list.
  await page.goto("/admin/listings/new");
  const title = `E2E手入力のPMO求人 ${Date.now()}`;
  await page.getByLabel("タイトル").fill(title);
  await page.getByLabel("会社名").fill("株式会社E2E");
  await page.getByLabel("仕事内容").fill("手入力で作成した求人です。進捗管理と課題管理、会議運営を担当します。");
  await page.getByLabel("報酬の下限（円）").fill("5500000");
  await page.getByLabel("報酬の上限（円）").fill("4000000");
  await page.getByLabel("掲載日").fill("2026-11-15");
  await page.getByRole("button", { name: "求人を作成" }).click();
  await expect(page.getByText("報酬の上限が下限より小さくなっています")).toBeVisible();
  await page.getByLabel("報酬の上限（円）").fill("7000000");
  await page.getByRole("button", { name: "求人を作成" }).click();
  await expect(page.getByText("保存しました。")).toBeVisible();
  await page.goto(`/admin/listings?q=${encodeURIComponent("E2E手入力")}`);
  await page.getByRole("button", { name: `${title}を募集終了にする` }).click();
  await expect(page.getByRole("button", { name: `${title}を募集再開する` })).toBeVisible();
  await page.goto(`/listings?q=${encodeURIComponent("E2E手入力")}`);
  await expect(page.getByText("この条件に合う求人・案件は見つかりませんでした。")).toBeVisible();
});

test("axe finds no violations on the listing pages and the shortlist", async ({ page }) => {
  // Six axe runs and a sign-up through the mailbox: more than the default 30 s on a loaded two-core machine.
  test.setTimeout(90_000);
  const { default: AxeBuilder } = await import("@axe-core/playwright");
  const check = async () => {
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${page.url()} ${violation.id}: ${violation.help} (${violation.nodes[0]?.target})`)).toEqual([]);
  };
  await page.goto("/listings?q=PMO&sort=pay");
  await check();
  await page.getByRole("heading", { level: 3 }).getByRole("link").first().click();
  await check();

  await signUp(page, { name: "青木", email: uniqueEmail("axe") });
  await expectOnMyPage(page, "青木");
  await page.goto("/listings");
  await page.getByRole("button", { name: "☆ 検討リストに保存" }).first().click();
  await expect(page.getByRole("button", { name: "★ 検討リストに保存済み" }).first()).toBeVisible();
  for (const path of ["/me/bookmarks", "/me/bookmarks?view=board", "/me/searches", "/me"]) {
    await page.goto(path);
    await check();
  }
});
