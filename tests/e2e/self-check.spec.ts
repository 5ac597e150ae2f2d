import { type Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { confirmSignUp, expectOnMyPage, signUp, submitSignUpForm, uniqueEmail } from "./support/accounts";

async function answerAll(page: Page, choice: string) {
  await page.goto("/self-check");
  const questions = page.getByRole("group", { name: /^Q\d+\./ });
  const count = await questions.count();
  expect(count).toBe(20);
  for (let index = 0; index < count; index += 1) {
    await questions.nth(index).getByRole("radio", { name: choice, exact: true }).check();
  }
  await page.getByRole("button", { name: "結果を見る" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "セルフチェックの結果" })).toBeVisible();
}

test("an anonymous reader gets a result, then keeps it by signing up", async ({ page }) => {
  await answerAll(page, "やや当てはまる");
  await expect(page.getByRole("heading", { name: /PMOへの適性:/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /いちばん合いそうなタイプ:/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "次に読みたいガイド" }).getByRole("link").first()).toBeVisible();
  const resultUrl = page.url();

  await page.getByRole("button", { name: "無料登録して結果を保存" }).click();
  await expect(page).toHaveURL(/\/sign-up\?callbackUrl=/);
  const email = uniqueEmail("self-check");
  const signUpEmail = email;
  await submitSignUpForm(page, { name: "中村", email: signUpEmail, password: "kekka-hozon-2026" });
  await confirmSignUp(page, signUpEmail);

  await expect(page).toHaveURL(/\/self-check\/result\?a=\d{20}$/);
  await expect(page.getByText("この結果はマイページに保存されています。")).toBeVisible();
  await page.goto("/me");
  await expect(page.getByRole("region", { name: "PMO適性セルフチェック" })).toContainText("合いそうなタイプ");
  expect(resultUrl).toContain("q1=4");
});

test("a signed-in reader saves a result to マイページ", async ({ page }) => {
  await signUp(page, { name: "小林", email: uniqueEmail("self-check-signed-in") });
  await expectOnMyPage(page, "小林");
  await expect(page.getByRole("region", { name: "PMO適性セルフチェック" })).toContainText("まだ回答していません");

  await answerAll(page, "当てはまる");
  await page.getByRole("button", { name: "結果をマイページに保存" }).click();
  await expect(page.getByText("結果をマイページに保存しました。")).toBeVisible();
  await page.goto("/me");
  await expect(page.getByRole("region", { name: "PMO適性セルフチェック" })).toContainText("点）");
});

test("an incomplete or tampered answer set gets a clear message, not an error", async ({ page }) => {
  const response = await page.goto("/self-check/result?a=99999");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "回答がそろっていません" })).toBeVisible();
});
