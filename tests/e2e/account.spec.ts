import { expect, test } from "@playwright/test";
import { expectOnMyPage, signIn, signUp, testPassword, uniqueEmail } from "./support/accounts";

test("sign up, reach マイページ, sign out and sign in again", async ({ page }) => {
  const email = uniqueEmail("round-trip");
  await signUp(page, { name: "鈴木 一郎", email });
  await expectOnMyPage(page, "鈴木 一郎");
  await expect(page.getByRole("banner").getByRole("link", { name: "マイページ" })).toBeVisible();

  await page.getByRole("button", { name: "ログアウト" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("banner").getByRole("link", { name: "ログイン" })).toBeVisible();

  await page.goto("/me");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fme$/);
  await signIn(page, email.toUpperCase());
  await expectOnMyPage(page, "鈴木 一郎");
});

test("a wrong password and an unknown e-mail get the same message", async ({ page }) => {
  const email = uniqueEmail("wrong-password");
  await signUp(page, { name: "田中", email });
  await expectOnMyPage(page, "田中");
  await page.context().clearCookies();

  await page.goto("/sign-in");
  await signIn(page, email, "not-the-password");
  await expect(page.locator("form").getByRole("alert")).toHaveText("メールアドレスまたはパスワードが正しくありません。");
  await expect(page.getByLabel("メールアドレス")).toHaveValue(email);

  await signIn(page, uniqueEmail("nobody"), testPassword);
  await expect(page.locator("form").getByRole("alert")).toHaveText("メールアドレスまたはパスワードが正しくありません。");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("sign-up refuses a short password and a taken e-mail, keeping what was typed", async ({ page }) => {
  await signUp(page, { name: "高橋", email: uniqueEmail("short"), password: "abc123" });
  await expect(page.getByText("パスワードは8文字以上にしてください。")).toBeVisible();
  await expect(page.getByLabel("お名前（ニックネーム可）")).toHaveValue("高橋");

  const email = uniqueEmail("taken");
  await signUp(page, { name: "高橋", email });
  await expectOnMyPage(page, "高橋");
  await page.context().clearCookies();
  await signUp(page, { name: "別の人", email: email.toUpperCase() });
  await expect(page.getByText("このメールアドレスは既に登録されています。", { exact: false })).toBeVisible();
});

test("an anonymous visit to /me goes to sign-in and comes back after signing in", async ({ page }) => {
  const email = uniqueEmail("return");
  await signUp(page, { name: "伊藤", email });
  await expectOnMyPage(page, "伊藤");
  await page.context().clearCookies();

  await page.goto("/me?tab=plans");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fme%3Ftab%3Dplans$/);
  await signIn(page, email);
  await expect(page).toHaveURL(/\/me\?tab=plans$/);
  await expect(page.getByText("ようこそ、伊藤さん。")).toBeVisible();
});

test("a return target on another site is ignored", async ({ page }) => {
  const email = uniqueEmail("open-redirect");
  await signUp(page, { name: "渡辺", email });
  await page.context().clearCookies();
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("https://evil.example/")}`);
  await signIn(page, email);
  await expectOnMyPage(page, "渡辺");
});
