import type { Page } from "@playwright/test";
import { newVisitorContext, expect, test } from "./support/test";
import { calculateEmployee } from "@/lib/pay/employee";
import { yen } from "@/lib/pay/format";
import { calculateFreelance } from "@/lib/pay/freelance";
import { parseCalculator } from "@/lib/pay/schema";

/** What the calculator must show for a URL, worked out by the same rules outside the browser. */
function expectedFor(url: string) {
  const input = parseCalculator(Object.fromEntries(new URL(url, "http://x").searchParams)).input!;
  return { freelance: calculateFreelance(input.freelance, input.person), employee: calculateEmployee(input.employee, input.person) };
}

const summaryRow = (page: Page, name: string) => page.getByRole("table", { name: "手取りの比較" }).getByRole("row", { name: new RegExp(`^${name}`) });

async function expectResultFor(page: Page) {
  const { freelance, employee } = expectedFor(page.url());
  await expect(summaryRow(page, "稼働日1日あたりの手取り")).toContainText(yen(freelance.takeHomePerDay));
  await expect(summaryRow(page, "稼働日1日あたりの手取り")).toContainText(yen(employee.takeHomePerDay));
  await expect(summaryRow(page, "手取り（年）")).toContainText(yen(freelance.takeHome));
  await expect(summaryRow(page, "手取り（年）")).toContainText(yen(employee.takeHome));
}

test("by keyboard alone: enter a 週5日・月95万円 project and a 年収850万円 offer, submit with Enter, read 手取り per day", async ({ page }) => {
  await page.goto("/tools/pay");
  await expect(page.getByRole("heading", { level: 2, name: /モデルケース/ })).toBeVisible();

  await page.getByLabel("月額単価").focus();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("95");
  // Tab through the form in its visual order until 週の稼働日数, then on to 年収.
  const tabTo = async (id: string) => {
    for (let step = 0; step < 40; step += 1) {
      await page.keyboard.press("Tab");
      if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    }
    throw new Error(`Tab never reached #${id}`);
  };
  await tabTo("pay-days");
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("5");
  await tabTo("pay-salary");
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("850");
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/rate=95&.*days=5&.*salary=850/);
  await expect(page.getByRole("heading", { level: 2, name: "計算結果" })).toBeVisible();
  await expectResultFor(page);
  await expect(summaryRow(page, "1年の稼働日数")).toContainText("240日");
});

test("works without JavaScript: the GET form calculates on the server", async ({ browser }) => {
  const context = await newVisitorContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/tools/pay");
  await page.getByLabel("月額単価").fill("60");
  await page.getByLabel("週の稼働日数", { exact: true }).fill("3");
  await page.getByLabel("消費税・インボイス").selectOption("simplified");
  await page.getByLabel("年齢", { exact: true }).selectOption("40to64");
  await page.getByLabel("iDeCoの掛金（月額）").fill("23000");
  await page.getByRole("textbox", { name: "年収（額面）" }).fill("700");
  await page.getByRole("button", { name: "計算する" }).click();

  await expect(page).toHaveURL(/ctax=simplified/);
  await expectResultFor(page);
  const { freelance } = expectedFor(page.url());
  await expect(page.getByRole("table", { name: /消費税/ }).getByRole("row", { name: /簡易課税/ })).toContainText(yen(freelance.consumption.tax.total));
  await expect(page.getByRole("table", { name: "内訳（年額）" }).getByRole("row", { name: /介護保険/ })).toBeVisible();
  await context.close();
});

test("a shared URL gives the same result to someone else", async ({ page, browser }) => {
  await page.goto("/tools/pay?rate=72&rateTax=in&mode=util&util=80&months=11&expenses=45&blue=10&ctax=standard&btax=0&salary=920&bonus=2&workdays=230&city=ichikawa");
  const shared = await page.getByRole("link", { name: /\/tools\/pay\?/ }).getAttribute("href");
  expect(shared).toContain("rateTax=in");
  const figures = await page.getByRole("table", { name: "内訳（年額）" }).innerText();

  const other = await newVisitorContext(browser);
  const visitor = await other.newPage();
  await visitor.goto(shared!);
  expect(await visitor.getByRole("table", { name: "内訳（年額）" }).innerText()).toBe(figures);
  await expectResultFor(visitor);
  await expect(visitor.getByLabel("稼働率", { exact: true })).toHaveValue("80");
  await expect(visitor.getByLabel("住まい（国民健康保険）")).toHaveValue("ichikawa");
  await other.close();
});

test("bad input gets a Japanese message for each field, keeps what was typed and calculates nothing", async ({ page }) => {
  const response = await page.goto("/tools/pay?rate=%E5%85%AD%E5%8D%81&days=9&salary=-1&ideco=4000&ctax=%3Cscript%3E");
  expect(response?.status()).toBe(200);
  const alert = page.getByRole("alert", { name: /入力を確認してください/ });
  await expect(alert).toContainText("入力を確認してください（5か所）");
  await expect(alert).toContainText("月額単価は0〜500（万円）の数字で入力してください");
  await expect(alert).toContainText("iDeCoの掛金は0円か、月5,000〜68,000円（1,000円単位）");
  await expect(page.getByText("入力に誤りがあるため、計算していません。")).toBeVisible();
  await expect(page.getByRole("table", { name: "手取りの比較" })).toHaveCount(0);
  await expect(page.getByLabel("月額単価")).toHaveValue("六十");
  await expect(page.getByLabel("月額単価")).toHaveAttribute("aria-invalid", "true");
  await alert.getByRole("link", { name: "週の稼働日数" }).click();
  await expect(page).toHaveURL(/#pay-days$/);
});

test("fits a phone screen and shows the chart with its table", async ({ browser }) => {
  const context = await newVisitorContext(browser, { viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto("/tools/pay");
  await expect(page.getByRole("img", { name: /^額面から税金・社会保険料を引いた手取り/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "内訳（年額）" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});

test("names the year's rules and marks each rate verified with its source and date, or unverified", async ({ page }) => {
  await page.goto("/tools/pay");
  await expect(page.getByText("令和8年分（2026年1月〜12月の収入）のルールで計算した目安です。税務相談ではありません。")).toBeVisible();
  const sources = page.getByRole("region", { name: "計算に使った数値と出典" });
  await expect(sources.getByText(/2026年12月2日確認/).first()).toBeVisible();
  await expect(sources.getByText("令和8年分の公表資料で未確認").first()).toBeVisible();
  for (const href of await sources.getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))) {
    const url = new URL(href);
    expect(url.pathname.replace(/\/+$/, "") !== "" || url.search !== "", href).toBe(true);
  }
  await expect(page.getByRole("region", { name: "この計算の前提と、含めていないもの" })).toContainText("配偶者控除");
});

test("is in the sitemap and linked from the footer of other pages", async ({ page, request }) => {
  expect(await (await request.get("/sitemap.xml")).text()).toContain("/tools/pay</loc>");
  await page.goto("/guides");
  await page.getByRole("navigation", { name: "フッターメニュー" }).getByRole("link", { name: "単価・年収・手取りの計算" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "単価⇄年収⇄手取りの計算" })).toBeVisible();
});
