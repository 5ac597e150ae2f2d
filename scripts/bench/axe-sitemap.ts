// Runs axe over every page of the sitemap, in light and dark, against a running server. Too slow for
// every `npm test` (tests/e2e/axe-templates.spec.ts checks one page of each template there).
// Usage: npm run build && npm start -- -p 3200 (with SITE_URL=http://127.0.0.1:3200), then
//        npx tsx scripts/bench/axe-sitemap.ts http://127.0.0.1:3200
import AxeBuilder from "@axe-core/playwright";
import { chromium } from "@playwright/test";
import { findBrowser, missingBrowserMessage } from "../find-browser";

const base = (process.argv[2] ?? "http://127.0.0.1:3200").replace(/\/$/, "");
const browserChoice = findBrowser();
if (!browserChoice) throw new Error(missingBrowserMessage());

const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
// The sitemap lists public URLs (SITE_URL); visit the same paths on the server under test.
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname + new URL(match[1]!).search);

const browser = await chromium.launch({ executablePath: browserChoice.executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const started = Date.now();
let views = 0;
const problems: string[] = [];
for (const theme of ["light", "dark"] as const) {
  const context = await browser.newContext({ colorScheme: theme, locale: "ja-JP" });
  const page = await context.newPage();
  for (const path of paths) {
    await page.goto(`${base}${path}`);
    const { violations } = await new AxeBuilder({ page }).analyze();
    views += 1;
    for (const violation of violations) problems.push(`${path} (${theme}) [${violation.impact}] ${violation.id}: ${violation.help} (${violation.nodes.length} nodes)`);
  }
  await context.close();
}
await browser.close();

console.log(`axe: ${views} page views (${paths.length} pages × light and dark) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(problems.length === 0 ? "no violations" : problems.join("\n"));
process.exitCode = problems.length === 0 ? 0 : 1;
