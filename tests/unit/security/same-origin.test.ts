import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "@/lib/security/same-origin";

const url = "http://portal.example/me/export";
const check = (headers: Record<string, string>) => isSameOriginRequest(new Headers(headers), url);

describe("isSameOriginRequest", () => {
  it("trusts the browser's Sec-Fetch-Site", () => {
    expect(check({ "sec-fetch-site": "same-origin" })).toBe(true);
    expect(check({ "sec-fetch-site": "none" })).toBe(true);
    expect(check({ "sec-fetch-site": "cross-site", origin: "http://portal.example" })).toBe(false);
    expect(check({ "sec-fetch-site": "same-site" })).toBe(false);
  });

  it("falls back to comparing Origin with Host", () => {
    expect(check({ origin: "http://portal.example", host: "portal.example" })).toBe(true);
    expect(check({ origin: "https://evil.example", host: "portal.example" })).toBe(false);
    expect(check({ origin: "null", host: "portal.example" })).toBe(false);
    expect(check({})).toBe(true);
  });
});
