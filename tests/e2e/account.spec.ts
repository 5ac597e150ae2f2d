import { expect, test } from "./support/test";
import { expectOnMyPage, signIn, signUp, submitSignUpForm, testPassword, uniqueEmail } from "./support/accounts";

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

test("sign-up refuses a short password keeping what was typed, and answers a registered e-mail like a new one", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("お名前（ニックネーム可）").fill("高橋");
  await page.getByLabel("メールアドレス").fill(uniqueEmail("short"));
  await page.getByLabel("パスワード").fill("abc123");
  await page.getByRole("button", { name: "確認メールを送る（無料）" }).click();
  await expect(page.getByText("パスワードは8文字以上にしてください。")).toBeVisible();
  await expect(page.getByLabel("お名前（ニックネーム可）")).toHaveValue("高橋");

  const email = uniqueEmail("taken");
  await signUp(page, { name: "高橋", email });
  await expectOnMyPage(page, "高橋");
  await page.context().clearCookies();
  // Someone else tries the same address: told exactly what a new address is told, and nothing is signed in.
  await page.goto("/sign-up");
  await submitSignUpForm(page, { name: "別の人", email: email.toUpperCase(), password: "betsu-no-hito-99" });
  await expect(page.getByRole("status")).toContainText(`${email} 宛にメールをお送りしました。`);
  await page.goto("/me");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await expect(page.getByRole("article").first()).toContainText("このメールアドレスは登録済みです");
  // The account still answers only to its own password.
  await page.goto("/sign-in");
  await signIn(page, email, "betsu-no-hito-99");
  await expect(page.locator("form").getByRole("alert")).toHaveText("メールアドレスまたはパスワードが正しくありません。");
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
