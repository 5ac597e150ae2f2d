import AxeBuilder from "@axe-core/playwright";
import { expect, newVisitorContext, test } from "./support/test";
import { confirmSignUp, submitSignUpForm, uniqueEmail } from "./support/accounts";
import { createPlanFromPmoToPm, milestoneOrder } from "./support/plans";

test("a shared link shows the plan read-only without notes, and stops working once revoked", async ({ page, browser }) => {
  await createPlanFromPmoToPm(page, "plan-share");
  const [first] = await milestoneOrder(page);
  const item = page.getByRole("article", { name: first! });
  await item.getByText("編集する").click();
  await item.getByLabel("メモ（自分だけに表示。共有リンクには出ません）").fill("転職エージェントには内緒");
  await item.getByRole("button", { name: "この内容で保存" }).click();
  await expect(page.getByText(`マイルストーン「${first}」を保存しました。`)).toBeVisible();

  await page.getByRole("button", { name: "共有リンクを発行する" }).click();
  const link = page.getByTestId("share-link");
  await expect(link).toBeVisible();
  const sharedPath = (await link.getAttribute("href"))!;
  expect(sharedPath).toMatch(/^\/shared\/plans\/[A-Za-z0-9_-]{32}$/);

  const visitorContext = await newVisitorContext(browser);
  const visitor = await visitorContext.newPage();
  const response = await visitor.goto(sharedPath);
  expect(response?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("PMへの24か月プラン");
  await expect(visitor.getByText(first!, { exact: false }).first()).toBeVisible();
  await expect(visitor.getByText("転職エージェントには内緒")).toHaveCount(0);
  await expect(visitor.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(visitor.getByRole("button", { name: /変更|削除|上へ|下へ/ })).toHaveCount(0);
  const results = await new AxeBuilder({ page: visitor }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

  await page.getByRole("button", { name: "共有を停止する" }).click();
  await expect(page.getByText("共有を停止しました。")).toBeVisible();
  expect((await visitor.goto(sharedPath))?.status()).toBe(404);
  expect((await visitor.goto("/shared/plans/not-a-real-token"))?.status()).toBe(404);
  await visitorContext.close();
});

test("the self-check recommends paths, and an anonymous reader signs up and lands on plan creation", async ({ page }) => {
  await page.goto(`/self-check/result?a=${"4".repeat(20)}`);
  const recommended = page.getByRole("region", { name: "おすすめのキャリアパス" });
  await expect(recommended.getByRole("listitem")).toHaveCount(3);
  const start = recommended.getByRole("link", { name: /でプランを作る$/ }).first();
  const target = (await start.getAttribute("href"))!;
  expect(target).toMatch(/^\/me\/plans\/new\?path=[a-z-]+$/);
  await start.click();

  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.getByRole("main").getByRole("link", { name: "新規登録" }).click();
  const signUpEmail = uniqueEmail("plan-from-self-check");
  await submitSignUpForm(page, { name: "高橋", email: signUpEmail, password: "keikaku-2026-pmo" });
  await confirmSignUp(page, signUpEmail);
  await expect(page).toHaveURL(new RegExp(`${target.replace("?", "\\?")}$`));
  await expect(page.getByRole("heading", { level: 1, name: "新しいキャリアプラン" })).toBeVisible();
});
