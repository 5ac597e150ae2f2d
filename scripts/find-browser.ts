import fs from "node:fs";
import { chromium } from "@playwright/test";

/** Where the system's Chromium lives on Debian and Ubuntu (package chromium / chromium-browser). */
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export type BrowserChoice = { kind: "system" | "env"; executablePath: string } | { kind: "playwright"; executablePath: undefined };

/**
 * The browser the e2e tests drive: CHROMIUM_PATH when set, else the system Chromium, else the
 * browser `npx playwright install chromium` put in Playwright's cache; null when there is none.
 */
export function findBrowser(env: Record<string, string | undefined> = process.env, exists: (file: string) => boolean = fs.existsSync): BrowserChoice | null {
  if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? { kind: "env", executablePath: env.CHROMIUM_PATH } : null;
  const system = systemChromium.find(exists);
  if (system) return { kind: "system", executablePath: system };
  return exists(chromium.executablePath()) ? { kind: "playwright", executablePath: undefined } : null;
}

export function missingBrowserMessage(env: Record<string, string | undefined> = process.env): string {
  if (env.CHROMIUM_PATH) return `CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist: point it at a Chromium binary, or unset it.`;
  return "No browser for the browser tests: install one with `apt-get install chromium fonts-noto-cjk` (Debian/Ubuntu), or `npx playwright install chromium` where downloads work, or set CHROMIUM_PATH.";
}

// `npm test` runs this first, so a machine without a browser hears it in seconds, not after the build.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  if (!findBrowser()) {
    console.error(missingBrowserMessage());
    process.exit(1);
  }
}
