import { expect, test } from "./support/test";
import { confirmSignUp, linkFromMailbox, submitSignUpForm, uniqueEmail } from "./support/accounts";

test("a visitor's bookmark waits through 仮登録, and opening the mailed link signs them in on マイページ with it saved", async ({ page }) => {
  await page.goto("/listings");
  const first = page.getByRole("heading", { level: 3 }).getByRole("link").first();
  const title = await first.innerText();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await page.getByRole("button", { name: "☆ 検討リストに保存" }).first().click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);

  const email = uniqueEmail("confirm");
  await page.goto("/sign-up");
  await submitSignUpForm(page, { name: "確認 太郎", email });
  await expect(page.getByRole("status")).toContainText("24時間以内に開くと本登録が完了");
  // 仮登録 alone signs nobody in.
  await page.goto("/me");
  await expect(page).toHaveURL(/\/sign-in/);

  const link = await linkFromMailbox(page, email, "/sign-up/confirm");
  await page.goto(link);
  await expect(page).toHaveURL(/\/me\?welcome=1$/);
  await expect(page.getByText("本登録が完了しました。")).toBeVisible();
  await expect(page.getByText("ようこそ、確認 太郎さん。")).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "マイページ" })).toBeVisible();
  await page.goto("/me/bookmarks");
  await expect(page.getByRole("article").filter({ hasText: title })).toBeVisible();

  // The link works once.
  await page.context().clearCookies();
  await page.goto(link);
  await expect(page).toHaveURL(/\/sign-in\?notice=sign-up-link-expired$/);
  await expect(page.getByText("確認リンクの有効期限が切れているか、すでに使われています。")).toBeVisible();
});

test("a confirmation mail that did not arrive can be sent again; only the newest link works", async ({ page }) => {
  const email = uniqueEmail("resend");
  await page.goto("/sign-up");
  await submitSignUpForm(page, { name: "再送", email });
  const firstLink = await linkFromMailbox(page, email, "/sign-up/confirm");
  await page.goBack();
  await page.goto("/sign-up");
  await submitSignUpForm(page, { name: "再送", email });
  await page.getByRole("button", { name: "確認メールを再送する" }).click();
  await expect(page.getByText("確認メールを再送しました。")).toBeVisible();
  await page.goto(firstLink);
  await expect(page).toHaveURL(/notice=sign-up-link-expired/);
  await confirmSignUp(page, email);
  await expect(page).toHaveURL(/\/me\?welcome=1$/);
});

test("a server action whose body cannot be decoded is answered 400, not 500", async ({ request }) => {
  for (const body of ["[", "garbage", ""]) {
    const response = await request.post("/sign-in", { headers: { "next-action": "0123456789abcdef", "content-type": "text/plain;charset=UTF-8" }, data: body });
    expect(response.status(), JSON.stringify(body)).toBe(400);
  }
});
