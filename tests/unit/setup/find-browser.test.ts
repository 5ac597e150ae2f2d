import { chromium } from "@playwright/test";
import { describe, expect, it } from "vitest";
import { findBrowser, missingBrowserMessage } from "@/scripts/find-browser";

const only = (...files: string[]) => (file: string) => files.includes(file);

describe("the browser the e2e tests drive", () => {
  it("prefers CHROMIUM_PATH, then the system Chromium, then Playwright's own browser", () => {
    expect(findBrowser({ CHROMIUM_PATH: "/opt/chrome" }, only("/opt/chrome", "/usr/bin/chromium"))).toEqual({ kind: "env", executablePath: "/opt/chrome" });
    expect(findBrowser({}, only("/usr/bin/chromium"))).toEqual({ kind: "system", executablePath: "/usr/bin/chromium" });
    expect(findBrowser({}, only(chromium.executablePath()))).toEqual({ kind: "playwright", executablePath: undefined });
  });

  it("finds none on a machine without a browser, and says what to install", () => {
    expect(findBrowser({}, only())).toBeNull();
    expect(missingBrowserMessage({})).toContain("apt-get install chromium fonts-noto-cjk");
    expect(missingBrowserMessage({})).toContain("npx playwright install chromium");
    expect(findBrowser({ CHROMIUM_PATH: "/missing" }, only("/usr/bin/chromium"))).toBeNull();
    expect(missingBrowserMessage({ CHROMIUM_PATH: "/missing" })).toContain("CHROMIUM_PATH=/missing does not exist");
  });
});
