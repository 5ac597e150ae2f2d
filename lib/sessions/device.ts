import { UAParser } from "ua-parser-js";

/** What the device list shows for a user agent: 「Chrome 130 / Windows 10」, or 「不明なブラウザ」. */
export function describeDevice(userAgent: string): { browser: string; os: string } {
  const { browser, os } = UAParser(userAgent);
  return {
    browser: browser.name ? [browser.name, browser.major].filter(Boolean).join(" ") : "不明なブラウザ",
    os: os.name ? [os.name, os.version].filter(Boolean).join(" ") : "不明なOS",
  };
}
