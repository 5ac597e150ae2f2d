import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/test";

test("the header leads to career paths and certifications, and they link to each other", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "キャリアパス" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "PMOのキャリアパス" })).toBeVisible();
  await page.getByRole("link", { name: /PMO → PM：/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "ステージとマイルストーン" })).toBeVisible();
  await expect(page.getByText("目安の期間:")).toBeVisible();

  await page.getByRole("link", { name: "PMPについて" }).click();
  await expect(page).toHaveURL(/\/certifications\/pmp$/);
  await expect(page.getByRole("heading", { level: 2, name: "出典" })).toBeVisible();
  await expect(page.getByText(/2026年12月1日確認/).first()).toBeVisible();

  await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "資格" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "PMOに役立つ資格" })).toBeVisible();
});

test("a guide's next steps link to its paths and certifications", async ({ page }) => {
  await page.goto("/guides/pmo-career-paths");
  const nextSteps = page.getByRole("region", { name: "次の一歩" });
  await nextSteps.getByRole("link", { name: "PMO → PM" }).click();
  await expect(page).toHaveURL(/\/paths\/pmo-to-pm$/);
});

for (const path of ["/paths", "/paths/se-to-pmo", "/certifications", "/certifications/ipa-pm"]) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes[0]?.target})`)).toEqual([]);
  });
}
