import { expect, test } from "./support/test";
import { certificationSlugs } from "@/lib/certifications/slugs";

for (const slug of certificationSlugs) {
  test(`the ${slug} page shows where its facts come from and when they were checked`, async ({ page }) => {
    await page.goto(`/certifications/${slug}`);
    const sources = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "出典" }) });
    await expect(sources.getByText(/\d{4}年\d{1,2}月\d{1,2}日確認/).first()).toBeVisible();
    const links = sources.getByRole("link");
    expect(await links.count()).toBeGreaterThan(0);
    for (const href of await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""))) {
      expect(new URL(href).pathname.replace(/\/+$/, "") !== "" || new URL(href).search !== "", href).toBe(true);
    }
  });
}
