import { expectOnMyPage, signIn, signUp, uniqueEmail } from "./support/accounts";
import { expect, newVisitorContext, test } from "./support/test";

const firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

test("a session ended from 「ログイン中の端末」 is signed out on its next request", async ({ page, browser }) => {
  const account = { name: "端末テスト", email: uniqueEmail("sessions") };
  await signUp(page, account);
  await expectOnMyPage(page, account.name);

  const other = await newVisitorContext(browser, { userAgent: firefox });
  const otherPage = await other.newPage();
  await otherPage.goto("/sign-in");
  await signIn(otherPage, account.email);
  await expectOnMyPage(otherPage, account.name);

  await page.goto("/me/settings");
  const devices = page.getByRole("list", { name: "ログイン中の端末の一覧" });
  await expect(devices.getByRole("listitem")).toHaveCount(2);
  await expect(devices.getByRole("listitem").filter({ hasText: "この端末" })).toHaveCount(1);
  const firefoxItem = devices.getByRole("listitem", { name: "Firefox 128（Linux）" });
  await firefoxItem.getByRole("button", { name: "ログアウト" }).click();
  await expect(page.getByText("選んだ端末からログアウトしました。")).toBeVisible();
  await expect(devices.getByRole("listitem")).toHaveCount(1);

  await otherPage.goto("/me/settings");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  // This browser stays signed in.
  await page.goto("/me");
  await expectOnMyPage(page, account.name);
  await other.close();
});
