import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./support/test";
import matter from "gray-matter";

// The guides issue 14 added; each must be reachable from the index, the sitemap and the feed.
const slugs = ["pmo-rewards", "pmo-life-events-work-style", "pmo-ses-dispatch-subcontracting", "pmo-in-house-se", "pmo-model-cases"];

const titleOf = (slug: string): string =>
  String(matter(fs.readFileSync(path.join(process.cwd(), "content", "guides", `${slug}.md`), "utf8")).data.title);

test("the new guides are listed in the guide index and open from it", async ({ page }) => {
  await page.goto("/guides");
  const list = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "新着順" }) });
  for (const slug of slugs) {
    await expect(list.locator(`a[href="/guides/${slug}"]`).first(), slug).toBeVisible();
  }
  await list.locator('a[href="/guides/pmo-model-cases"]').first().click();
  await expect(page).toHaveURL(/\/guides\/pmo-model-cases$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleOf("pmo-model-cases"));
  await expect(page.getByText("以下の3人はすべて架空の人物です", { exact: false })).toBeVisible();
});

test("the new guides are in the sitemap", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const slug of slugs) expect(sitemap, slug).toContain(`/guides/${slug}</loc>`);
});

test("the new guides are entries of the Atom feed, with their titles", async ({ request }) => {
  const response = await request.get("/guides/feed.xml");
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  const feed = await response.text();
  const entries = feed.split("<entry>").slice(1);
  for (const slug of slugs) {
    const entry = entries.find((text) => text.includes(`/guides/${slug}"/>`));
    expect(entry, slug).toBeDefined();
    expect(entry, slug).toContain(`<title>${titleOf(slug)}</title>`);
  }
});

test("the life-events guide shows checked sources and says what is still 未確認", async ({ page }) => {
  await page.goto("/guides/pmo-life-events-work-style");
  await expect(page.getByRole("link", { name: /協会けんぽ東京支部/ })).toHaveAttribute("href", /kyoukaikenpo\.or\.jp\/shibu\/tokyo\//);
  await expect(page.getByText(/2026年12月1日確認/).first()).toBeVisible();
  await expect(page.getByText("未確認", { exact: false }).first()).toBeVisible();
});
