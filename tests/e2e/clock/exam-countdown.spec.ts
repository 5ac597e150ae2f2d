import { expect, test } from "../support/test";
import { addDays, japanToday } from "@/lib/calendar/japan-date";
import { signUp, uniqueEmail } from "../support/accounts";
import { moveServerClock, resetServerClock } from "../support/server-clock";

// Runs in the "clock" project, after every other spec: moving the server's clock would upset them.
test.afterEach(async ({ request }) => resetServerClock(request));

test("moving the server's clock moves the exam countdown the user sees", async ({ page, request }) => {
  await signUp(page, { name: "時計", email: uniqueEmail("clock") });
  await page.goto("/certifications/pmp");
  await page.getByRole("button", { name: "この資格を記録する" }).click();
  await expect(page).toHaveURL(/\/me\/certifications\/pmp/);
  const details = page.getByRole("region", { name: "状況" });
  await details.getByLabel("ステータス", { exact: true }).selectOption({ label: "受験予定" });
  await details.getByLabel("受験日").fill(addDays(japanToday(), 30));
  await details.getByRole("button", { name: "保存する" }).click();
  await expect(details.getByText("あと30日")).toBeVisible();

  await moveServerClock(request, addDays(japanToday(), 23));
  await page.reload();
  await expect(page.getByRole("region", { name: "状況" }).getByText("あと7日")).toBeVisible();

  await resetServerClock(request);
  await page.reload();
  await expect(page.getByRole("region", { name: "状況" }).getByText("あと30日")).toBeVisible();
});
