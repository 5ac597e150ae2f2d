import { expect, test } from "./support/test";
import { expectOnMyPage, linkFromMailbox, signIn, signUp, uniqueEmail } from "./support/accounts";

test("an e-mail change takes effect only from the new address's link, and the old address can undo it", async ({ page }) => {
  const oldEmail = uniqueEmail("before");
  const newEmail = uniqueEmail("after");
  await signUp(page, { name: "変更 次郎", email: oldEmail });
  await expectOnMyPage(page, "変更 次郎");

  await page.goto("/me/settings");
  const section = page.getByRole("region", { name: "メールアドレス" });
  await section.getByLabel("新しいメールアドレス").fill(newEmail);
  await section.getByLabel("現在のパスワード").fill("shinchoku-2026-kanri");
  await section.getByRole("button", { name: "確認メールを送る" }).click();
  await expect(section.getByRole("status")).toContainText(`${newEmail} 宛に確認メールを送りました。`);

  // Nothing changed yet: the account still answers to the old address.
  await page.context().clearCookies();
  await page.goto("/sign-in");
  await signIn(page, oldEmail);
  await expectOnMyPage(page, "変更 次郎");

  await page.goto(await linkFromMailbox(page, newEmail, "/email/confirm"));
  await expect(page).toHaveURL(/\/me\/settings\?done=email-changed$/);
  await expect(page.getByRole("status").first()).toContainText("メールアドレスを変更しました。");

  // The old address hears of it and can put it back, which signs every device out.
  await page.goto(await linkFromMailbox(page, oldEmail, "/email/revert"));
  await expect(page).toHaveURL(/\/sign-in\?notice=email-reverted$/);
  await page.goto("/me");
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, newEmail);
  await expect(page.locator("form").getByRole("alert")).toHaveText("メールアドレスまたはパスワードが正しくありません。");
  await signIn(page, oldEmail);
  await expectOnMyPage(page, "変更 次郎");
});
