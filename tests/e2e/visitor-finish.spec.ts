import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./support/test";

const firstListingId = async (request: APIRequestContext) =>
  ((await (await request.get("/api/listings")).json()) as { rows: { id: string }[] }).rows[0]!.id;

const ogImageUrl = async (page: Page) => {
  const content = await page.locator('meta[property="og:image"]').first().getAttribute("content");
  expect(content).toBeTruthy();
  // og:image is absolute on the public origin (SITE_URL); ask this server for the same path.
  const url = new URL(content!);
  return `${url.pathname}${url.search}`;
};

test("the favicon, app icons and web manifest answer with their types", async ({ request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);

  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  expect(manifest.headers()["content-type"]).toContain("application/manifest+json");
  const body = (await manifest.json()) as { name: string; theme_color: string; icons: { src: string }[] };
  expect(body.name).toBe("PMOキャリアガイド");
  expect(body.theme_color).toMatch(/^#/);
  for (const icon of body.icons) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"], icon.src).toBe("image/png");
  }
});

test("pages link the icons and the manifest, and the dark theme has its colour", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await expect(page.locator('link[rel="icon"][type="image/png"]').first()).toHaveAttribute("href", /^\/icon\//);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", /^\/apple-icon/);
  await expect(page.locator('meta[name="theme-color"][media="(prefers-color-scheme: dark)"]')).toHaveCount(1);
});

for (const path of ["/", "/listings", "/guides/pmo-duties", "/paths/office-to-pmo", "/certifications/capm"]) {
  test(`the share image of ${path} is a PNG`, async ({ page }) => {
    await page.goto(path);
    const url = await ogImageUrl(page);
    // Guides, paths and certifications have images of their own; other pages the site's.
    expect(url).toContain(path.split("/").length > 2 ? `${path}/opengraph-image` : "/opengraph-image");
    const image = await page.request.get(url);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    expect((await image.body()).subarray(1, 4).toString()).toBe("PNG");
  });
}

test("a sample listing has a share image, noindex and no JobPosting", async ({ page }) => {
  const id = await firstListingId(page.request);
  await page.goto(`/listings/${id}`);
  await expect(page.getByText("架空のサンプル求人").first()).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(ld.map((text) => JSON.parse(text)["@type"])).not.toContain("JobPosting");

  const image = await page.request.get(await ogImageUrl(page));
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  expect((await image.body()).length).toBeGreaterThan(10_000);

  // Other specs create real listings, which the sitemap does list; this sample is not among them.
  const sitemap = await (await page.request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/guides/pmo-duties");
  expect(sitemap).not.toContain(`/listings/${id}`);
});

test("a newcomer on a 390px phone finds 新規登録 beside ログイン in the header", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/guides");
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: "ログイン" })).toBeVisible();
  const signUp = header.getByRole("link", { name: "新規登録" });
  await expect(signUp).toBeInViewport();
  await signUp.click();
  await expect(page).toHaveURL(/\/sign-up$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("登録");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

// The guides with Markdown task lists: their checkboxes are named by their items.
for (const slug of ["pmo-freelance-side-job", "pmo-duties"]) {
  for (const theme of ["light", "dark"] as const) {
    test(`axe finds no violations on /guides/${slug} (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`/guides/${slug}`);
      await expect(page.locator(".guide-body input[type=checkbox]").first()).toHaveAttribute("aria-label", /.+/);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes[0]?.target})`)).toEqual([]);
    });
  }
}
