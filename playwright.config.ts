import { defineConfig, devices } from "@playwright/test";
import { findBrowser, missingBrowserMessage } from "./scripts/find-browser";
import { oidcMockPort } from "./tests/e2e/support/oidc-mock";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const browser = findBrowser();
if (!browser) throw new Error(missingBrowserMessage());

export default defineConfig({
  testDir: "tests/e2e",
  // Sign-up now goes through the mailbox (form, mail, link): a few more steps per test on a two-core machine.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    trace: "retain-on-failure",
    launchOptions: {
      // The system Chromium where there is one, else Playwright's own (scripts/find-browser.ts); nothing is downloaded.
      executablePath: browser.executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: "clock/**" },
    // Specs that move the server's clock (app/dev/clock) run alone, after the rest, one at a time.
    { name: "clock", use: { ...devices["Desktop Chrome"] }, testMatch: "clock/**/*.spec.ts", dependencies: ["chromium"], workers: 1 },
  ],
  webServer: {
    // The production build behind server.ts (as `npm start` runs it), on its own port, with its own empty in-memory database.
    command: `npx tsx server.ts -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    gracefulShutdown: { signal: "SIGTERM", timeout: 5000 },
    env: {
      PGLITE_DATA_DIR: "memory://",
      DATABASE_URL: "",
      AUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
      ADMIN_EMAILS: "admin-e2e@example.com",
      // Keeps outgoing mail in the outbox at /dev/mailbox although this is a production build (lib/env.ts mailMode).
      DEV_MAILBOX: "on",
      // Each test is its own visitor behind one trusted proxy hop (tests/e2e/support/test.ts), so the
      // per-address limits count tests apart as they count visitors apart.
      TRUSTED_PROXY_HOPS: "1",
      // Lets specs under tests/e2e/clock move the server's clock (lib/clock.ts); both need a local SITE_URL.
      DEV_CLOCK: "on",
      SITE_URL: baseURL,
      // tests/e2e/oauth.spec.ts starts a local OpenID provider on this port in place of Google.
      AUTH_GOOGLE_ID: "e2e-google-client",
      AUTH_GOOGLE_SECRET: "e2e-google-secret",
      AUTH_GOOGLE_ISSUER: `http://127.0.0.1:${oidcMockPort}`,
    },
  },
});
