import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./support/accounts";
import { expect, test } from "./support/test";

// One page of each template, in light and dark. The whole sitemap is swept by scripts/bench/axe-sitemap.ts (too slow for every run).
const publicTemplates = [
  "/",
  "/guides",
  "/guides/what-is-pmo",
  "/guides/category/career",
  `/guides/tags/${encodeURIComponent("転職")}`,
  "/guides/search?q=PMO",
  "/certifications",
  "/certifications/pmp",
  "/paths",
  "/paths/pmo-to-pm",
  "/pmo-types",
  "/self-check",
  "/self-check/result?a=34343434343434343434",
  "/tools/pay",
  "/tools/pay?rate=abc&salary=700",
  "/listings",
  "/listings/{listing}",
  "/sign-in",
  "/sign-up",
  "/reset-password",
  "/no-such-page",
];
const signedInTemplates = ["/me", "/me/settings", "/me/bookmarks", "/me/searches", "/me/plans", "/me/plans/new", "/me/certifications", "/me/career", "/me/career/documents", "/me/career/pmp"];

async function violationsOn(page: Page, path: string, theme: "light" | "dark"): Promise<string[]> {
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(path);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((violation) => `${path} (${theme}) ${violation.id}: ${violation.help} (${violation.nodes[0]?.target})`);
}

for (const theme of ["light", "dark"] as const) {
  for (const template of publicTemplates) {
    test(`axe finds nothing on ${template} (${theme})`, async ({ page, request }) => {
      const listing = ((await (await request.get("/api/listings")).json()) as { rows: { id: string }[] }).rows[0]!.id;
      expect(await violationsOn(page, template.replace("{listing}", listing), theme)).toEqual([]);
    });
  }
}

test("axe finds nothing on the signed-in templates, light and dark", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, { name: "アクセシビリティ", email: uniqueEmail("axe-templates") });
  const found: string[] = [];
  for (const theme of ["light", "dark"] as const) {
    for (const path of signedInTemplates) found.push(...(await violationsOn(page, path, theme)));
  }
  expect(found).toEqual([]);
});
