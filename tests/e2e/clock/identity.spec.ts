import { linkFromMailbox, uniqueEmail } from "../support/accounts";
import { startMockGoogle } from "../support/oidc-mock";
import { moveServerClockBy, resetServerClock } from "../support/server-clock";
import { expect, test } from "../support/test";
import type { Page } from "@playwright/test";

// Accounts made through Google have no password: deleting them or changing their address needs a
// recent sign-in or 本人確認 instead. Runs in the "clock" project: it moves the server's clock.
test.describe.configure({ mode: "serial" });

let google: Awaited<ReturnType<typeof startMockGoogle>>;
test.beforeAll(async () => {
  google = await startMockGoogle();
});
test.afterAll(() => google.stop());
test.afterEach(async ({ request }) => resetServerClock(request));

async function signUpWithGoogle(page: Page, label: string): Promise<string> {
  const email = uniqueEmail(label);
  google.claims = { sub: `google-${label}-${Date.now()}`, email, email_verified: true, name: "本人 確認" };
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Googleでログイン" }).click();
  await expect(page).toHaveURL(/\/me(\?welcome=1)?$/);
  return email;
}

const deleteSection = (page: Page) => page.getByRole("region", { name: "アカウントの削除" });

async function tryToDelete(page: Page) {
  const section = deleteSection(page);
  await section.getByLabel("すべてのデータが削除され、元に戻せないことを理解しました。").check();
  await section.getByRole("button", { name: "アカウントを削除する" }).click();
}

test("an account without a password proves itself by a mailed link before deleting itself", async ({ page, request }) => {
  const email = await signUpWithGoogle(page, "identity-mail");
  await moveServerClockBy(request, 11);
  await page.goto("/me/settings");
  await expect(deleteSection(page).getByLabel("現在のパスワード")).toHaveCount(0);
  await tryToDelete(page);
  await expect(deleteSection(page).getByRole("alert")).toContainText("本人確認をしてください");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "アカウント設定" })).toBeVisible();

  const identity = page.getByRole("region", { name: "本人確認" });
  await identity.getByRole("button", { name: "確認メールで本人確認" }).click();
  await expect(identity.getByText(`${email} 宛に本人確認のメールを送りました。`)).toBeVisible();
  await page.goto(await linkFromMailbox(page, email, "/me/confirm-identity"));
  await expect(page).toHaveURL(/\/me\/settings\?done=identity/);
  await expect(page.getByText("本人確認が済みました。")).toBeVisible();
  await expect(page.getByRole("region", { name: "本人確認" }).getByText(/本人確認済みです（\d\d:\d\dまで有効）/)).toBeVisible();

  await tryToDelete(page);
  await expect(page).toHaveURL(/\/sign-in\?notice=deleted/);
  await page.goto("/me");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an account without a password proves itself by signing in again through Google, which replaces this browser's session", async ({ page, request }) => {
  await signUpWithGoogle(page, "identity-google");
  await moveServerClockBy(request, 11);
  await page.goto("/me/settings");
  const devices = page.getByRole("list", { name: "ログイン中の端末の一覧" }).getByRole("listitem");
  await expect(devices).toHaveCount(1);
  const email = page.getByRole("region", { name: "メールアドレス" });
  await email.getByLabel("新しいメールアドレス").fill(uniqueEmail("identity-new"));
  await email.getByRole("button", { name: "確認メールを送る" }).click();
  await expect(email.getByRole("alert")).toContainText("本人確認をしてください");

  await page.getByRole("region", { name: "本人確認" }).getByRole("button", { name: "Googleでログインし直して本人確認" }).click();
  await expect(page).toHaveURL(/\/me\/settings\?done=identity/);
  await expect(page.getByText("本人確認が済みました。")).toBeVisible();
  await expect(devices).toHaveCount(1);
  const newAddress = uniqueEmail("identity-new");
  await email.getByLabel("新しいメールアドレス").fill(newAddress);
  await email.getByRole("button", { name: "確認メールを送る" }).click();
  await expect(email.getByText(`${newAddress} 宛に確認メールを送りました。`)).toBeVisible();
});
