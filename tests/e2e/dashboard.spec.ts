import { expect, test } from "./support/test";
import { addDays, formatJapaneseDate, japanToday } from "@/lib/calendar/japan-date";
import { signUp, uniqueEmail } from "./support/accounts";

test("マイページ leads a new user to a first plan and certification, then shows where they stand", async ({ page }) => {
  await signUp(page, { name: "中村", email: uniqueEmail("dashboard") });
  await expect(page).toHaveURL(/\/me(\?welcome=1)?$/);
  const plan = page.getByRole("region", { name: "キャリアプラン" });
  const certifications = page.getByRole("region", { name: "資格の学習" });
  await expect(plan.getByRole("link", { name: "最初のプランを作る" })).toHaveAttribute("href", "/me/plans/new");
  await expect(certifications.getByRole("link", { name: "最初の資格を記録する" })).toHaveAttribute("href", "/me/certifications");
  await expect(page.getByRole("region", { name: "検討リスト" })).toBeVisible();

  await page.goto("/paths/pmo-to-pm");
  await page.getByRole("link", { name: "このパスでプランを作る" }).first().click();
  await page.getByRole("button", { name: "プランを作成" }).click();
  await expect(page).toHaveURL(/\/me\/plans\/[0-9a-f-]{36}\?created=1$/);
  const planPath = new URL(page.url()).pathname;
  const milestones = await page.getByRole("list", { name: "マイルストーン（上から順に）" }).locator(":scope > li").count();
  await page.goto("/me");

  // The plan card shows the primary plan's progress and its next milestones.
  await expect(plan.getByRole("link", { name: /PM/ }).first()).toHaveAttribute("href", planPath);
  await expect(plan).toContainText(`0 / ${milestones} 件完了（0%）`);
  await expect(plan.getByRole("heading", { name: "次のマイルストーン" })).toBeVisible();

  // Starting from the path tracked its certifications; an exam date set in the tracker appears with its countdown.
  await expect(certifications).toContainText("予定している受験日はありません。");
  await page.goto("/me/certifications/ipa-pm");
  const details = page.getByRole("region", { name: "状況" });
  await details.getByLabel("ステータス", { exact: true }).selectOption({ label: "受験予定" });
  const examDate = addDays(japanToday(), 45);
  await details.getByLabel("受験日").fill(examDate);
  await details.getByRole("button", { name: "保存する" }).click();
  await expect(details.getByText("あと45日")).toBeVisible();
  await page.goto("/me");
  await expect(certifications).toContainText(`${formatJapaneseDate(examDate)}（あと45日）`);
});
