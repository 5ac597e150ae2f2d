import { expect, type Page } from "@playwright/test";

export const testPassword = "shinchoku-2026-kanri";

export function uniqueEmail(label: string): string {
  return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

/** Fills and sends the sign-up form on the page the browser is on (仮登録). */
export async function submitSignUpForm(page: Page, { name, email, password = testPassword }: { name: string; email: string; password?: string }) {
  await page.getByLabel("お名前（ニックネーム可）").fill(name);
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "確認メールを送る（無料）" }).click();
  await expect(page.getByRole("heading", { name: "確認メールを送りました" })).toBeVisible();
}

/** The newest link to `path` in the mail sent to `email`, read from /dev/mailbox as a person would. */
export async function linkFromMailbox(page: Page, email: string, path: string): Promise<string> {
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  const body = await page.getByRole("article").filter({ hasText: path }).first().innerText();
  const link = new RegExp(`https?://\\S+${path.replace(/[/?]/g, "\\$&")}\\?token=\\S+`).exec(body)?.[0];
  expect(link, `a link to ${path} in the mail to ${email}`).toBeTruthy();
  return link!;
}

/** 本登録: opens the confirmation link mailed to `email`; the browser ends signed in. */
export async function confirmSignUp(page: Page, email: string) {
  await page.goto(await linkFromMailbox(page, email, "/sign-up/confirm"));
}

/** Signs a new account up from scratch: the form, then the link in the confirmation mail. */
export async function signUp(page: Page, account: { name: string; email: string; password?: string }) {
  await page.goto("/sign-up");
  await submitSignUpForm(page, account);
  await confirmSignUp(page, account.email);
}

/**
 * Signs in as an account that may already exist in this server's database (the bootstrap admin,
 * which several specs use): a new address is signed up and confirmed; an existing one's owner only
 * gets the 登録済み notice, so we sign in with the password instead.
 */
export async function signUpOrSignIn(page: Page, account: { name: string; email: string; password?: string }) {
  await page.goto("/sign-up");
  await submitSignUpForm(page, account);
  const link = await linkFromMailbox(page, account.email, "/sign-up/confirm").catch(() => null);
  if (link) await page.goto(link);
  if (!/\/me(\?welcome=1)?$/.test(page.url())) {
    await page.goto("/sign-in");
    await signIn(page, account.email, account.password);
  }
  await expectOnMyPage(page, account.name);
}

export async function signIn(page: Page, email: string, password = testPassword) {
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "ログイン", exact: true }).click();
}

export async function expectOnMyPage(page: Page, name: string) {
  await expect(page).toHaveURL(/\/me(\?welcome=1)?$/);
  await expect(page.getByRole("heading", { level: 1, name: "マイページ" })).toBeVisible();
  await expect(page.getByText(`ようこそ、${name}さん。`)).toBeVisible();
}
