import { chromium } from "@playwright/test";
const [url, out, width = "1280", full = "0", scheme = "light"] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
const res = await page.goto(url);
console.log(res.status(), await page.title());
await page.screenshot({ path: out, fullPage: full === "1" });
await browser.close();
