import AxeBuilder from "@axe-core/playwright";
import { type Page } from "@playwright/test";
import { expect, newVisitorContext, test } from "./support/test";
import { expectOnMyPage, signIn, signUp, testPassword, uniqueEmail } from "./support/accounts";

const newPassword = "atarashii-kanri-2027";

/** Collects CSP violations and console errors, so a page that loads "fine" but broke scripts fails. */
function watchForCspViolations(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    // A missing favicon is not a policy problem; a blocked script or style is ("Refused to …").
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`CSP violation on ${location.pathname}: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`));
  });
  return problems;
}

async function expectNoAxeViolations(page: Page) {
  // After a client-side navigation Next sets the new page's <title> a moment after its content.
  await expect(page).toHaveTitle(/PMOキャリアガイド/);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

test("security headers are on every response and pages run without CSP violations", async ({ page }) => {
  const problems = watchForCspViolations(page);
  const response = await page.goto("/guides");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  // A prerendered guide stays static and allows only its own inline scripts, by hash.
  const guide = await page.goto("/guides/engineer-to-pmo");
  const guideHeaders = await guide!.allHeaders();
  expect(guideHeaders["x-nextjs-prerender"]).toMatch(/^1/);
  const scriptSources = guideHeaders["content-security-policy"]!.split("; ").find((entry) => entry.startsWith("script-src "))!.split(" ").slice(1);
  expect(scriptSources[0]).toBe("'self'");
  expect(scriptSources.length).toBeGreaterThan(1);
  for (const source of scriptSources.slice(1)) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
  // A page rendered per request gets a fresh nonce.
  const nonceOf = async () => /'nonce-([^']+)'/.exec((await (await page.goto("/listings"))!.allHeaders())["content-security-policy"]!)?.[1];
  const [firstNonce, secondNonce] = [await nonceOf(), await nonceOf()];
  expect(firstNonce).toBeTruthy();
  expect(secondNonce).not.toBe(firstNonce);
  for (const path of ["/", "/guides/engineer-to-pmo", "/self-check", "/listings", "/sign-in"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  await page.getByRole("button", { name: /テーマ/ }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", /light|dark/);
  await signUp(page, { name: "CSP", email: uniqueEmail("csp") });
  await expectOnMyPage(page, "CSP");
  await page.goto("/me/settings");
  await page.waitForLoadState("networkidle");
  expect(problems).toEqual([]);
});

test("reset a forgotten password through /dev/mailbox; the link works once", async ({ page }) => {
  const email = uniqueEmail("reset");
  await signUp(page, { name: "森", email });
  await expectOnMyPage(page, "森");
  await page.context().clearCookies();

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "パスワードをお忘れの方" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByRole("button", { name: "再設定用のリンクを送る" }).click();
  await expect(page.getByRole("status")).toContainText("ご登録のメールアドレスであれば");

  await page.goto("/dev/mailbox");
  await expectNoAxeViolations(page);
  const mail = page.getByRole("article", { name: new RegExp(`${email} 宛: .*パスワード再設定`) });
  const link = (await mail.textContent())!.match(/https?:\/\/\S+\/reset-password\/confirm\?token=[\w-]+/)![0];
  const path = new URL(link).pathname + new URL(link).search;
  await page.goto(path);
  await expectNoAxeViolations(page);
  await page.getByLabel("新しいパスワード").fill(newPassword);
  await page.getByRole("button", { name: "パスワードを設定する" }).click();
  await expect(page.getByRole("status")).toContainText("新しいパスワードを設定しました");

  await signIn(page, email, testPassword);
  await expect(page.locator("form").getByRole("alert")).toHaveText("メールアドレスまたはパスワードが正しくありません。");
  await signIn(page, email, newPassword);
  await expectOnMyPage(page, "森");

  await page.goto(path);
  await expect(page.locator("main").getByRole("alert")).toContainText("すでに使われています");
});

test("changing the password signs out the other browser but keeps this one", async ({ page, browser }) => {
  const email = uniqueEmail("change");
  await signUp(page, { name: "林", email });
  await expectOnMyPage(page, "林");

  const other = await newVisitorContext(browser);
  const otherPage = await other.newPage();
  await otherPage.goto("/sign-in");
  await signIn(otherPage, email);
  await expectOnMyPage(otherPage, "林");

  await page.goto("/me/settings");
  await expectNoAxeViolations(page);
  const section = page.getByRole("region", { name: "パスワード" });
  await section.getByLabel("現在のパスワード").fill("wrong-password-1");
  await section.getByLabel("新しいパスワード").fill(newPassword);
  await section.getByRole("button", { name: "パスワードを変更" }).click();
  await expect(section.getByRole("alert")).toContainText("現在のパスワードが正しくありません。");
  await section.getByLabel("現在のパスワード").fill(testPassword);
  await section.getByLabel("新しいパスワード").fill(newPassword);
  await section.getByRole("button", { name: "パスワードを変更" }).click();
  await expect(page.getByRole("status")).toContainText("パスワードを変更しました");

  await page.goto("/me");
  await expectOnMyPage(page, "林");
  await otherPage.goto("/me");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await other.close();
});

test("download all my data as JSON, then delete the account and fail to sign in again", async ({ page }) => {
  const email = uniqueEmail("delete");
  await signUp(page, { name: "削除 花子", email });
  await expectOnMyPage(page, "削除 花子");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "アカウント設定" }).click();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "すべてのデータをダウンロード（JSON）" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^pmo-career-guide-export-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8")));
  expect(exported).toMatchObject({ format: "pmo-career-guide.account-export", version: 1, user: { email, name: "削除 花子" } });
  expect(Object.keys(exported.tables)).toEqual(expect.arrayContaining(["plans", "bookmarks", "tracked_certifications"]));

  const section = page.getByRole("region", { name: "アカウントの削除" });
  await section.getByLabel("現在のパスワード").fill(testPassword);
  await section.getByRole("button", { name: "アカウントを削除する" }).click();
  await expect(section.getByText("削除されるデータを確認し、チェックを入れてください。")).toBeVisible();
  await section.getByLabel("現在のパスワード").fill(testPassword);
  await section.getByLabel("すべてのデータが削除され、元に戻せないことを理解しました。").check();
  await section.getByRole("button", { name: "アカウントを削除する" }).click();
  await expect(page.getByRole("status")).toContainText("アカウントとすべてのデータを削除しました");

  await signIn(page, email);
  await expect(page.locator("form").getByRole("alert")).toHaveText("メールアドレスまたはパスワードが正しくありません。");
});

test("the settings and dashboard work on a phone-sized screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUp(page, { name: "小林", email: uniqueEmail("phone") });
  await expectOnMyPage(page, "小林");
  await expect(page.getByRole("region", { name: "検討リスト" })).toContainText("求人・案件を探す");
  await page.goto("/me/settings");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("reading a guide to the end marks it read for マイページ, without client JS on the guide", async ({ page }) => {
  await signUp(page, { name: "読者", email: uniqueEmail("reader") });
  await expectOnMyPage(page, "読者");
  await page.goto("/guides/engineer-to-pmo");
  const recorded = page.waitForResponse((response) => response.url().includes("/api/guide-reads/engineer-to-pmo"));
  await page.mouse.wheel(0, 100_000);
  await page.getByRole("heading", { name: /次の一歩|次に読む|関連/ }).last().scrollIntoViewIfNeeded().catch(() => {});
  expect((await recorded).status()).toBe(204);
  const exported = await (await page.request.get("/me/export")).json();
  expect(exported.tables.guide_reads).toEqual([expect.objectContaining({ guideSlug: "engineer-to-pmo" })]);
});
