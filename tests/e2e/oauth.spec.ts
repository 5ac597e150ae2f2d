import { expect, newVisitorContext, test } from "./support/test";
import { startMockGoogle } from "./support/oidc-mock";
import { signUp, uniqueEmail } from "./support/accounts";

// A local OpenID provider stands in for Google (AUTH_GOOGLE_ISSUER in playwright.config.ts).
test.describe.configure({ mode: "serial" });

let google: Awaited<ReturnType<typeof startMockGoogle>>;
test.beforeAll(async () => {
  google = await startMockGoogle();
});
test.afterAll(() => google.stop());

test("a Google sign-in carries over the visitor's pending bookmark and sets the header's hint", async ({ page }) => {
  google.claims = { sub: `google-${Date.now()}`, email: uniqueEmail("google"), email_verified: true, name: "グーグル 花子" };
  await page.goto("/listings");
  const first = page.getByRole("heading", { level: 3 }).getByRole("link").first();
  const title = await first.innerText();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const detailUrl = page.url();
  await page.getByRole("button", { name: "☆ 検討リストに保存" }).first().click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Flistings%2F/);

  await page.getByRole("button", { name: "Googleでログイン" }).click();
  await expect(page).toHaveURL(detailUrl);
  await expect(page.getByRole("button", { name: "★ 検討リストに保存済み" }).first()).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "マイページ" })).toBeVisible();
  await page.goto("/me/bookmarks");
  await expect(page.getByRole("article").filter({ hasText: title })).toBeVisible();
});

test("a Google sign-in whose address Google vouches for joins the confirmed account with that address", async ({ page, browser }) => {
  const email = uniqueEmail("linked");
  const other = await (await newVisitorContext(browser)).newPage();
  await signUp(other, { name: "パスワード 太郎", email });
  await other.close();
  google.claims = { sub: `google-linked-${Date.now()}`, email, email_verified: true, name: "Google 太郎" };
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Googleでログイン" }).click();
  await expect(page).toHaveURL(/\/me(\?welcome=1)?$/);
  await expect(page.getByText("ようこそ、パスワード 太郎さん。")).toBeVisible();
});
