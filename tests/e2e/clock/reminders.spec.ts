import { addDays, japanToday } from "@/lib/calendar/japan-date";
import { signUp, uniqueEmail } from "../support/accounts";
import { moveServerClock, resetServerClock } from "../support/server-clock";
import { expect, newVisitorContext, test } from "../support/test";

// Runs in the "clock" project: the reminder is made on a chosen morning by moving the server's clock.
test.afterEach(async ({ request }) => resetServerClock(request));

test("an exam reminder arrives as お知らせ and mail; its one-click link stops that kind signed out; settings switch kinds", async ({ page, request, browser }) => {
  const email = uniqueEmail("reminders");
  await signUp(page, { name: "通知", email });
  const examDate = addDays(japanToday(), 20);
  await page.goto("/certifications/ipa-pm");
  await page.getByRole("button", { name: "この資格を記録する" }).click();
  await expect(page).toHaveURL(/\/me\/certifications\/ipa-pm/);
  const details = page.getByRole("region", { name: "状況" });
  await details.getByLabel("ステータス", { exact: true }).selectOption({ label: "受験予定" });
  await details.getByLabel("受験日").fill(examDate);
  await details.getByRole("button", { name: "保存する" }).click();
  await expect(details.getByText("あと20日")).toBeVisible();

  // Noon, Japan time, 7 days before the exam; the scheduler runs once there.
  await moveServerClock(request, addDays(examDate, -7));
  expect((await request.post("/dev/reminders")).status()).toBe(200);

  await page.goto("/me");
  const notices = page.getByRole("region", { name: /お知らせ/ });
  await expect(notices.getByRole("heading", { name: "お知らせ（未読 1件）" })).toBeVisible();
  await expect(notices.getByRole("link", { name: /の試験は7日後です$/ })).toBeVisible();
  await notices.getByRole("button", { name: "すべて既読にする" }).click();
  await expect(page.getByRole("heading", { name: "お知らせ", exact: true })).toBeVisible();
  await expect(page.getByText("未読", { exact: true })).toHaveCount(0);

  // The mail names the exam and carries a 配信停止 link that works without signing in.
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  const mail = await page.getByRole("article").filter({ hasText: "の試験は7日後です" }).first().innerText();
  expect(mail).toContain("まであと7日です。");
  const stopLink = /https?:\/\/\S+\/unsubscribe\?token=\S+/.exec(mail)?.[0];
  expect(stopLink).toBeTruthy();
  // What a mail client's one-click button does (RFC 8058), then the same link opened in a browser.
  const token = new URL(stopLink!).searchParams.get("token")!;
  const oneClick = await request.post(`/api/unsubscribe?token=${encodeURIComponent(token)}`, { form: { "List-Unsubscribe": "One-Click" } });
  expect(oneClick.status()).toBe(200);
  expect(await oneClick.text()).toContain("「試験日」のお知らせメールを止めました。");
  const visitor = await (await newVisitorContext(browser)).newPage();
  await visitor.goto(new URL(stopLink!).pathname + new URL(stopLink!).search);
  await expect(visitor.getByText("「試験日」のお知らせメールを止めます。")).toBeVisible();
  await visitor.getByRole("button", { name: "配信を停止する" }).click();
  await expect(visitor.getByText("「試験日」のお知らせメールを止めました。")).toBeVisible();
  await visitor.close();

  // Settings show the kind off; switching another off sticks across a reload.
  await page.goto("/me/settings");
  const settings = page.getByRole("region", { name: "お知らせメール" });
  await expect(settings.getByRole("checkbox", { name: /試験日/ })).not.toBeChecked();
  await settings.getByRole("checkbox", { name: /プランのマイルストーン/ }).uncheck();
  await settings.getByRole("button", { name: "お知らせメールの設定を保存" }).click();
  await expect(settings.getByText("お知らせメールの設定を保存しました。")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "お知らせメール" }).getByRole("checkbox", { name: /プランのマイルストーン/ })).not.toBeChecked();
  await expect(page.getByRole("region", { name: "お知らせメール" }).getByRole("checkbox", { name: /PMPの更新/ })).toBeChecked();
});

test("the List-Unsubscribe one-click POST stops a kind; a forged token changes nothing", async ({ request }) => {
  const forged = await request.post("/api/unsubscribe?token=forged.token", { form: { "List-Unsubscribe": "One-Click" } });
  expect(forged.status()).toBe(400);
  const opened = await request.get("/api/unsubscribe?token=abc", { maxRedirects: 0 });
  expect(opened.status()).toBe(303);
  expect(opened.headers().location).toBe("/unsubscribe?token=abc");
});
