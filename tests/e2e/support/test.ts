import { test as base, type Browser, type BrowserContextOptions } from "@playwright/test";

export { expect } from "@playwright/test";

let counter = 0;

/**
 * A client address of its own (TEST-NET-3 and 2001:db8::/32, never routed), as a trusted proxy
 * would report it: the browser tests' server trusts one proxy hop (playwright.config.ts), so the
 * per-address limits count each test apart, as they count real visitors apart.
 */
export function clientAddress(): string {
  counter += 1;
  const seed = (process.pid * 7919 + counter * 104729 + Date.now()) % 65_536;
  return `203.0.${Math.floor(seed / 256) % 256}.${(seed % 254) + 1}`;
}

export const asClient = (): { "x-forwarded-for": string } => ({ "x-forwarded-for": clientAddress() });

/** browser.newContext, as another visitor with an address of its own. */
export function newVisitorContext(browser: Browser, options: BrowserContextOptions = {}) {
  return browser.newContext({ ...options, extraHTTPHeaders: { ...options.extraHTTPHeaders, ...asClient() } });
}

export const test = base.extend({
  // Playwright's fixture callback is named `use` by convention; it is not React's hook.
  extraHTTPHeaders: async ({}, provide) => provide(asClient()),
});
