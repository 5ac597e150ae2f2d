import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { type Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { addMilestone, createPlanFromPmoToPm, milestoneOrder } from "./support/plans";

const progressText = (page: Page) => page.getByTestId("plan-progress-text").first();

async function download(page: Page, linkName: string) {
  const pending = page.waitForEvent("download");
  await page.getByRole("link", { name: linkName }).click();
  const file = await pending;
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, "utf8") };
}

test("turns PMO → PM into a dated plan, reorders by keyboard, completes a milestone and exports it", async ({ page }) => {
  const planPath = await createPlanFromPmoToPm(page, "plan-flow");
  const initial = await milestoneOrder(page);
  expect(initial.length).toBeGreaterThan(3);
  await expect(progressText(page)).toHaveText(`0 / ${initial.length} 件完了（0%）`);
  await expect(page.getByRole("heading", { name: /今日 \d{4}年/ })).toBeVisible();

  await addMilestone(page, "社内勉強会で発表する", "2027-02-26");
  expect((await milestoneOrder(page)).at(-1)).toBe("社内勉強会で発表する");

  // Move it up twice with the keyboard only: focus stays on the button between presses.
  await page.getByRole("button", { name: "「社内勉強会で発表する」を上へ" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("「社内勉強会で発表する」を1つ上に移動しました。")).toBeVisible();
  await expect(page.getByRole("button", { name: "「社内勉強会で発表する」を上へ" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect.poll(() => milestoneOrder(page)).toEqual([...initial.slice(0, -2), "社内勉強会で発表する", ...initial.slice(-2)]);

  await page.getByLabel("「社内勉強会で発表する」の状況", { exact: true }).selectOption({ label: "完了" });
  await page.getByRole("button", { name: "「社内勉強会で発表する」の状況を変更" }).click();
  const total = initial.length + 1;
  await expect(progressText(page)).toHaveText(`1 / ${total} 件完了（${Math.floor(100 / total)}%）`);
  await expect(page.getByRole("article", { name: "社内勉強会で発表する" })).toContainText("に完了");

  const markdown = await download(page, "Markdownで保存");
  expect(markdown.name).toMatch(/\.md$/);
  expect(markdown.text).toContain("- 目標: PM");
  expect(markdown.text).toContain("- [x] 社内勉強会で発表する");
  expect(markdown.text).toContain(`- 進捗: 1 / ${total} 件完了`);

  const calendar = await download(page, "カレンダー（.ics）に書き出す");
  expect(calendar.name).toMatch(/\.ics$/);
  expect(calendar.text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  expect(calendar.text).toContain("DTSTART;VALUE=DATE:20270226\r\n");
  expect(calendar.text).toContain("SUMMARY:✓ 社内勉強会で発表する\r\n");
  expect(calendar.text.match(/BEGIN:VEVENT/g)?.length).toBe(total);

  await page.getByRole("link", { name: "印刷用ページ" }).click();
  await expect(page).toHaveURL(`${planPath}/print`);
  await expect(page.getByRole("button", { name: "印刷する" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("button", { name: "印刷する" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a stale copy in a second tab is refused with a way to reload, and nothing is overwritten", async ({ page, context }) => {
  const planPath = await createPlanFromPmoToPm(page, "plan-stale");
  const other = await context.newPage();
  await other.goto(planPath);
  const [first] = await milestoneOrder(page);

  await page.getByLabel(`「${first}」の状況`, { exact: true }).selectOption({ label: "進行中" });
  await page.getByRole("button", { name: `「${first}」の状況を変更` }).click();
  await expect(page.getByText(`「${first}」を進行中にしました。`)).toBeVisible();

  await other.getByLabel(`「${first}」の状況`, { exact: true }).selectOption({ label: "完了" });
  await other.getByRole("button", { name: `「${first}」の状況を変更` }).click();
  await expect(other.getByRole("alert").filter({ hasText: "別の画面やタブで先に更新されています" })).toBeVisible();
  await other.getByRole("link", { name: "最新の内容を読み込む" }).click();
  await expect(other.getByRole("article", { name: first! })).toContainText("進行中");
  await expect(other.getByTestId("plan-progress-text").first()).toContainText("0 /");

  // A form being typed into keeps the version it started from, even when this page refreshes.
  await other.getByText("プラン名・目標・目標日を編集する").click();
  await other.getByLabel("プラン名").fill("別タブでつけた名前");
  await page.reload();
  await page.getByLabel(`「${first}」の状況`, { exact: true }).selectOption({ label: "完了" });
  await page.getByRole("button", { name: `「${first}」の状況を変更` }).click();
  await expect(page.getByText(`「${first}」を完了にしました。`)).toBeVisible();
  await other.getByRole("button", { name: "プランの内容を保存" }).click();
  await expect(other.getByRole("alert").filter({ hasText: "別の画面やタブで先に更新されています" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("PMへの24か月プラン");
});

test("deleting a plan needs a confirmation; an empty list leads to the first plan", async ({ page }) => {
  await createPlanFromPmoToPm(page, "plan-delete");
  await page.getByText("プランを削除する", { exact: true }).click();
  await page.getByRole("button", { name: "このプランを削除する" }).click();
  await expect(page.getByText("削除してよいことを確認するチェックを入れてください。")).toBeVisible();
  await page.getByLabel(/を削除してよいことを確認しました/).check();
  await page.getByRole("button", { name: "このプランを削除する" }).click();
  await expect(page).toHaveURL(/\/me\/plans\?deleted=1$/);
  await expect(page.getByText("まだキャリアプランはありません。")).toBeVisible();
});

test("axe finds no violations on the plan pages, light and dark, and they fit a phone", async ({ page }) => {
  // Eight axe runs on long pages plus the shared page: about 20 s on two cores, too near the default 30 s.
  test.setTimeout(150_000);
  const planPath = await createPlanFromPmoToPm(page, "plan-axe");
  for (const theme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: theme });
    for (const path of ["/me/plans", "/me/plans/new?path=pmo-to-pm", planPath, `${planPath}/print`]) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${path} ${theme} ${violation.id}: ${violation.help}`)).toEqual([]);
    }
  }
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/me/plans", planPath]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
