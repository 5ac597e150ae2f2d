import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/test";

test("home → guide → table-of-contents jump → related guide", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /PMOの5つのタイプを比較/ }).first().click();
  await expect(page).toHaveURL(/\/guides\/pmo-types$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("PMOの5つのタイプ");
  await expect(page.getByText(/約\d+分で読めます/).first()).toBeVisible();

  const toc = page.getByRole("navigation", { name: "目次" }).filter({ visible: true });
  await toc.getByRole("link", { name: "管理型PMO" }).click();
  await expect(page).toHaveURL(/#%E7%AE%A1%E7%90%86%E5%9E%8Bpmo$/);
  await expect(page.getByRole("heading", { level: 2, name: "管理型PMO" })).toBeInViewport();

  const related = page.getByRole("region", { name: "関連するガイド" });
  const firstRelated = related.getByRole("link").first();
  const title = await firstRelated.innerText();
  await firstRelated.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("breadcrumbs and structured data describe the article", async ({ page }) => {
  await page.goto("/guides/pmo-meetings-minutes");
  const crumbs = page.getByRole("navigation", { name: "パンくずリスト" });
  await expect(crumbs.getByRole("link", { name: "ガイド" })).toHaveAttribute("href", "/guides");
  const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
  const types = ld.map((text) => JSON.parse(text)["@type"]);
  expect(types).toEqual(expect.arrayContaining(["Article", "BreadcrumbList"]));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/guides\/pmo-meetings-minutes$/);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
});

test("guide search finds two-character words and explains an empty result", async ({ page }) => {
  await page.goto("/guides");
  await page.getByRole("searchbox", { name: "ガイドをキーワードで検索" }).fill("議事");
  await page.getByRole("button", { name: "検索" }).click();
  await expect(page).toHaveURL(/\/guides\/search\?q=%E8%AD%B0%E4%BA%8B$/);
  await expect(page.getByRole("status")).toContainText(/\d+件のガイドが見つかりました/);
  await expect(page.getByRole("link", { name: /PMOの会議運営と議事録/ })).toBeVisible();

  await page.goto("/guides/search?q=ぬぽぽぽんzzq");
  await expect(page.getByText("「ぬぽぽぽんzzq」に一致するガイドは見つかりませんでした。")).toBeVisible();
  await expect(page.getByRole("link", { name: /^#/ }).first()).toBeVisible();
});

test("categories and tags narrow the list", async ({ page }) => {
  await page.goto("/guides");
  await page.getByRole("navigation", { name: "カテゴリ" }).getByRole("link", { name: /働き方/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("働き方");
  await expect(page.getByRole("link", { name: /副業・フリーランスでPMOとして働く/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /PMOの5つのタイプを比較/ })).toHaveCount(0);

  await page.getByRole("navigation", { name: "タグ" }).getByRole("link", { name: /#議事録/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("#議事録");
});

test("sitemap, robots and the Atom feed are served", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/guides/what-is-pmo");
  expect((await request.get("/robots.txt")).ok()).toBe(true);
  const feed = await request.get("/guides/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect((await feed.text()).match(/<entry>/g)?.length).toBeGreaterThanOrEqual(15);
});

test("the PMO-type explorer marks types that match what the reader enjoys", async ({ page }) => {
  await page.goto("/pmo-types");
  await page.getByRole("button", { name: "客観的に評価・指摘する" }).click();
  await expect(page.getByRole("status")).toContainText("第三者評価PMO");
  await expect(page.locator("#third-party")).toContainText("合いそう");
  await expect(page.locator("#support")).not.toContainText("合いそう");
});

for (const path of ["/guides", "/guides/pmo-types", "/guides/search?q=年収", "/pmo-types", "/self-check"]) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes[0]?.target})`)).toEqual([]);
  });
}
