// Runs axe over every page of the sitemap, then the signed-in and admin pages, in light and dark,
// against a running server. Too slow for every `npm test` (tests/e2e/axe-templates.spec.ts checks one
// page of each template there).
// Usage: npm run build, then start the server with the outbox on and an admin address:
//          SITE_URL=http://127.0.0.1:3200 DEV_MAILBOX=on ADMIN_EMAILS=axe-admin@example.com npm start -- -p 3200
//        npx tsx scripts/bench/axe-sitemap.ts http://127.0.0.1:3200
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Page } from "@playwright/test";
import { signUpOrSignIn } from "../../tests/e2e/support/accounts";
import { createPlanFromPmoToPm } from "../../tests/e2e/support/plans";
import { findBrowser, missingBrowserMessage } from "../find-browser";

const base = (process.argv[2] ?? "http://127.0.0.1:3200").replace(/\/$/, "");
const adminEmail = "axe-admin@example.com";
const browserChoice = findBrowser();
if (!browserChoice) throw new Error(missingBrowserMessage());

const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
// The sitemap lists public URLs (SITE_URL); visit the same paths on the server under test.
const publicPaths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname + new URL(match[1]!).search);

const browser = await chromium.launch({ executablePath: browserChoice.executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const started = Date.now();
let views = 0;
const problems: string[] = [];

async function sweep(page: Page, paths: string[]) {
  for (const theme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: theme });
    for (const path of paths) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).analyze();
      views += 1;
      for (const violation of violations) problems.push(`${path} (${theme}) [${violation.impact}] ${violation.id}: ${violation.help} (${violation.nodes.length} nodes, first ${violation.nodes[0]?.target})`);
    }
  }
}

const visitor = await browser.newContext({ baseURL: base, locale: "ja-JP" });
await sweep(await visitor.newPage(), publicPaths);
await visitor.close();

// A user with one plan and one tracked certification, so every signed-in template has content.
const user = await browser.newContext({ baseURL: base, locale: "ja-JP" });
const userPage = await user.newPage();
const planPath = await createPlanFromPmoToPm(userPage, "axe-sweep");
await userPage.goto("/certifications/pmp");
await userPage.getByRole("button", { name: "この資格を記録する" }).click();
await userPage.waitForURL(/\/me\/certifications\/pmp/);
await sweep(userPage, ["/me", "/me/settings", "/me/bookmarks", "/me/searches", "/me/plans", "/me/plans/new", planPath, `${planPath}/print`, "/me/certifications", "/me/certifications/pmp"]);
await user.close();

const admin = await browser.newContext({ baseURL: base, locale: "ja-JP" });
const adminPage = await admin.newPage();
await signUpOrSignIn(adminPage, { name: "管理者", email: adminEmail });
const listingId = ((await (await fetch(`${base}/api/listings`)).json()) as { rows: { id: string }[] }).rows[0]!.id;
await sweep(adminPage, ["/admin/listings", "/admin/listings/new", "/admin/listings/import", `/admin/listings/${listingId}/edit`]);
await admin.close();
await browser.close();

console.log(`axe: ${views} page views (${publicPaths.length} sitemap pages, 10 signed-in and 4 admin pages, × light and dark) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(problems.length === 0 ? "no violations" : problems.join("\n"));
process.exitCode = problems.length === 0 ? 0 : 1;
