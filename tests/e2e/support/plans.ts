import { expect, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./accounts";

/** Signs a new user up and turns "PMO → PM" into a plan from the path page; returns the plan's address. */
export async function createPlanFromPmoToPm(page: Page, label: string): Promise<string> {
  await signUp(page, { name: "佐藤", email: uniqueEmail(label) });
  await expect(page).toHaveURL(/\/me(\?welcome=1)?$/);
  await page.goto("/paths/pmo-to-pm");
  await page.getByRole("link", { name: "このパスでプランを作る" }).first().click();
  await expect(page).toHaveURL(/\/me\/plans\/new\?path=pmo-to-pm$/);
  await expect(page.getByLabel("目指す役割")).toHaveValue("PM");
  await page.getByRole("button", { name: "プランを作成" }).click();
  await expect(page).toHaveURL(/\/me\/plans\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByText("プランを作成しました。")).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Milestone titles in the order the plan lists them. */
export function milestoneOrder(page: Page): Promise<(string | null)[]> {
  return page.getByRole("list", { name: "マイルストーン（上から順に）" }).locator(":scope > li > article").evaluateAll((items) => items.map((item) => item.getAttribute("aria-label")));
}

export async function addMilestone(page: Page, title: string, dueDate: string) {
  const form = page.locator("details", { hasText: "マイルストーンを追加する" });
  if (!(await form.evaluate((element) => (element as HTMLDetailsElement).open))) await form.locator("summary").click();
  await form.getByLabel("マイルストーン名").fill(title);
  await form.getByLabel("期日（任意）").fill(dueDate);
  await form.getByRole("button", { name: "マイルストーンを追加" }).click();
  await expect(page.getByText(`マイルストーン「${title}」を追加しました。`)).toBeVisible();
}
