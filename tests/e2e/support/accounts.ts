import { expect, type Page } from "@playwright/test";

export const testPassword = "shinchoku-2026-kanri";

export function uniqueEmail(label: string): string {
  return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

export async function signUp(page: Page, { name, email, password = testPassword }: { name: string; email: string; password?: string }) {
  await page.goto("/sign-up");
  await page.getByLabel("お名前（ニックネーム可）").fill(name);
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "無料で登録する" }).click();
}

export async function signIn(page: Page, email: string, password = testPassword) {
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "ログイン", exact: true }).click();
}

export async function expectOnMyPage(page: Page, name: string) {
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("heading", { level: 1, name: "マイページ" })).toBeVisible();
  await expect(page.getByText(`ようこそ、${name}さん。`)).toBeVisible();
}
