import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { type Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { addDays, addMonths, formatJapaneseDate, japanToday } from "@/lib/calendar/japan-date";
import { confirmSignUp, signUp, submitSignUpForm, testPassword, uniqueEmail } from "./support/accounts";

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes[0]?.target})`)).toEqual([]);
}

async function logPdu(page: Page, category: string, units: string) {
  const form = page.getByRole("region", { name: "更新（PDU）" });
  await form.getByLabel("分野", { exact: true }).selectOption({ label: category });
  await form.getByLabel("PDU数", { exact: true }).fill(units);
  await form.getByRole("button", { name: "PDUを記録" }).click();
  await expect(form.getByText(`${units} PDUを記録しました。`)).toBeVisible();
}

test("track PMP from the catalogue, log study, set an exam date, pass, log PDUs until complete, export the calendar", async ({ page }) => {
  await page.goto("/certifications/pmp");
  await page.getByRole("button", { name: "この資格を記録する" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fme%2Fcertifications%2Fpmp/);
  await page.getByRole("main").getByRole("link", { name: "新規登録" }).click();
  const signUpEmail = uniqueEmail("certs");
  await submitSignUpForm(page, { name: "高橋", email: signUpEmail, password: testPassword });
  await confirmSignUp(page, signUpEmail);
  await expect(page).toHaveURL(/\/me\/certifications\/pmp$/);
  await expect(page.getByRole("heading", { level: 1, name: /PMP/ })).toBeVisible();
  await expect(page.getByText("関心あり", { exact: true }).first()).toBeVisible();

  const study = page.getByRole("region", { name: "学習記録" });
  await study.getByLabel("学習時間（分）").first().fill("90");
  await study.getByLabel("内容（任意）").first().fill("ECOの通読");
  await study.getByRole("button", { name: "学習を記録" }).click();
  await expect(study.getByText("90分の学習を記録しました。")).toBeVisible();
  await expect(study.getByText("合計 1.5時間（目安130時間の1%）")).toBeVisible();
  await expect(study.getByRole("list", { name: "学習記録の一覧" })).toContainText("90分：ECOの通読");
  await expect(study.getByRole("img", { name: "週ごとの学習時間" })).toBeVisible();

  const today = japanToday();
  const details = page.getByRole("region", { name: "状況" });
  await details.getByLabel("ステータス", { exact: true }).selectOption({ label: "受験予定" });
  await details.getByLabel("受験日").fill(addDays(today, 30));
  await details.getByRole("button", { name: "保存する" }).click();
  await expect(details.getByText("保存しました（ステータス: 受験予定）。")).toBeVisible();
  await expect(details.getByText("あと30日")).toBeVisible();

  const passedOn = addDays(today, -10);
  await details.getByLabel("ステータス", { exact: true }).selectOption({ label: "合格" });
  await details.getByLabel("受験日").fill(passedOn);
  await details.getByRole("button", { name: "保存する" }).click();
  await expect(details.getByText("合格の場合は合格日を入力してください（更新の期限を計算します）。")).toBeVisible();
  await details.getByLabel("結果の日付（合格日）").fill(passedOn);
  await details.getByRole("button", { name: "保存する" }).click();
  await expect(details.getByText("保存しました（ステータス: 合格）。")).toBeVisible();

  const deadline = formatJapaneseDate(addDays(addMonths(passedOn, 36), -1));
  const renewal = page.getByRole("region", { name: "更新（PDU）" });
  await expect(renewal.getByRole("status").first()).toHaveText(`${deadline}までに、合計であと60 PDUが必要です（0 / 60 PDU）。うち、Education（3分野の合計）があと35 PDU、Ways of Workingがあと8 PDU、Power Skillsがあと8 PDU、Business Acumenがあと8 PDU必要です。`);
  await renewal.getByLabel("PDU数", { exact: true }).fill("0.3");
  await renewal.getByRole("button", { name: "PDUを記録" }).click();
  await expect(renewal.getByText("PDU数は0.25単位で入力してください。")).toBeVisible();
  await logPdu(page, "Ways of Working", "12");
  await logPdu(page, "Power Skills", "12.25");
  await logPdu(page, "Giving Back", "25");
  await expect(renewal.getByRole("status").first()).toContainText("合計であと10.75 PDUが必要です");
  await expect(renewal.getByRole("status").first()).toContainText("Business Acumenがあと8 PDU");
  await logPdu(page, "Business Acumen", "10.75");
  await expect(renewal.getByRole("status").first()).toHaveText(`更新に必要なPDUはそろっています（60 / 60 PDU）。${deadline}までに更新を申請してください。`);
  await expect(renewal.getByRole("img", { name: "分野ごとのPDU" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/me/certifications");
  await expect(page.getByRole("article").filter({ hasText: "PMP" })).toContainText("合格");
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /カレンダーに書き出す/ }).click()]);
  expect(download.suggestedFilename()).toBe("certifications.ics");
  const ics = await readFile((await download.path())!, "utf8");
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics).toContain(`DTSTART;VALUE=DATE:${passedOn.replaceAll("-", "")}\r\nDTEND`);
  expect(ics).toContain("SUMMARY:PMP 受験日");
  expect(ics).toContain(`DTSTART;VALUE=DATE:${addDays(addMonths(passedOn, 36), -1).replaceAll("-", "")}`);
  expect(ics).toContain("SUMMARY:PMP 更新期限");
  expect(ics.match(/UID:(exam|renewal)-[0-9a-f-]+@pmo-career-guide/g)).toHaveLength(2);
});

test("edit and delete a study entry, check PMP eligibility, then stop tracking with confirmation", async ({ page }) => {
  await signUp(page, { name: "中村", email: uniqueEmail("certs-delete") });
  await expect(page).toHaveURL(/\/me(\?welcome=1)?$/);
  await page.goto("/me/certifications");
  await expect(page.getByText("まだ記録している資格はありません。")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("資格", { exact: true }).selectOption({ label: "PMP（プロジェクトマネジメント・プロフェッショナル）" });
  await page.getByRole("button", { name: "記録を始める" }).click();
  await expect(page).toHaveURL(/\/me\/certifications\/pmp$/);

  const study = page.getByRole("region", { name: "学習記録" });
  await study.getByLabel("学習時間（分）").first().fill("2000");
  await study.getByRole("button", { name: "学習を記録" }).click();
  await expect(study.getByText("1日の学習時間は1440分（24時間）以内で入力してください。")).toBeVisible();
  await study.getByLabel("学習時間（分）").first().fill("30");
  await study.getByRole("button", { name: "学習を記録" }).click();
  await expect(study.getByText("30分の学習を記録しました。")).toBeVisible();
  const entries = study.getByRole("list", { name: "学習記録の一覧" });
  await entries.getByText("編集").click();
  await entries.getByLabel("学習時間（分）").fill("45");
  await entries.getByRole("button", { name: "変更を保存" }).click();
  await expect(entries).toContainText("45分");
  await entries.getByRole("button", { name: "削除" }).click();
  await entries.getByRole("button", { name: "削除する" }).click();
  await expect(study.getByText("まだ学習記録はありません。")).toBeVisible();

  const eligibility = page.getByRole("region", { name: "PMPの受験資格チェック" });
  await eligibility.getByLabel("最終学歴").selectOption("bachelor");
  await eligibility.getByLabel(/プロジェクトを率いた経験/).fill("30");
  await eligibility.getByLabel("プロジェクトマネジメント教育の時間数").fill("20");
  await eligibility.getByRole("button", { name: "判定する" }).click();
  await expect(page).toHaveURL(/months=30/);
  await expect(eligibility.getByRole("status")).toContainText("あと6か月必要です");
  await expect(eligibility.getByRole("status")).toContainText("あと15時間必要です");
  await eligibility.getByLabel("CAPMを保有している").check();
  await eligibility.getByLabel(/プロジェクトを率いた経験/).fill("36");
  await eligibility.getByRole("button", { name: "判定する" }).click();
  await expect(eligibility.getByRole("status")).toContainText("受験資格の条件を満たしています。");

  await page.getByRole("button", { name: "この資格の記録を削除" }).click();
  await page.getByRole("button", { name: "やめる" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /PMP/ })).toBeVisible();
  await page.getByRole("button", { name: "この資格の記録を削除" }).click();
  await page.getByRole("button", { name: "削除する" }).click();
  await expect(page).toHaveURL(/\/me\/certifications\?removed=1$/);
  await expect(page.getByText("記録をやめました。学習記録とPDUの記録も削除しました。")).toBeVisible();
  await expect(page.getByText("まだ記録している資格はありません。")).toBeVisible();
});

test("axe finds no violations on /certifications/pmp with its track button", async ({ page }) => {
  await page.goto("/certifications/pmp");
  await expect(page.getByRole("button", { name: "この資格を記録する" })).toBeVisible();
  await expectNoAxeViolations(page);
});
