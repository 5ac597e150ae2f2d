import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/test";

test("the theme toggle is remembered across reloads", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-theme", "light");

  const toggle = page.getByRole("button", { name: /^テーマ:/ });
  await expect(toggle).toHaveText("テーマ: 自動");
  await toggle.click();
  await expect(toggle).toHaveText("テーマ: ライト");
  await toggle.click();
  await expect(toggle).toHaveText("テーマ: ダーク");
  await expect(html).toHaveAttribute("data-theme", "dark");

  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: /^テーマ:/ })).toHaveText("テーマ: ダーク");

  await page.getByRole("button", { name: /^テーマ:/ }).click();
  await expect(html).toHaveAttribute("data-theme", "light");
  await page.reload();
  await expect(page.getByRole("button", { name: /^テーマ:/ })).toHaveText("テーマ: 自動");
});

test("the theme follows the system until the reader chooses", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
});

test("unknown pages, and addresses that are not valid percent-encoding, answer 404 in Japanese with working scripts", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) problems.push(message.text());
  });
  for (const path of ["/no-such-page", "/guides/tags/%FF", "/me/plans/%ZZ", "/shared/plans/%E0%A4%A"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "ページが見つかりませんでした" })).toBeVisible();
  }
  // The theme toggle is client code: it runs only if the policy let the page's scripts run.
  await page.getByRole("button", { name: /テーマ/ }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", /light|dark/);
  expect(problems).toEqual([]);
  expect((await page.request.get("/api/guide-reads/%FF")).status()).toBe(404);
});

test("health answers 200 with the database reachable", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: true });
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "本文へスキップ" });
  await expect(skip).toBeFocused();
  await skip.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("nothing overflows sideways on a 360px phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/", "/sign-in", "/sign-up"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

for (const [name, path] of [
  ["home", "/"],
  ["sign-in", "/sign-in"],
  ["sign-up", "/sign-up"],
] as const) {
  for (const theme of ["light", "dark"] as const) {
    test(`axe finds no violations on ${name} (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
  }
}
