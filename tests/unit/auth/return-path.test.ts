import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/auth/return-path";

describe("safeReturnPath", () => {
  it.each([
    ["/me", "/me"],
    ["/me/plans?tab=active#m1", "/me/plans?tab=active#m1"],
    ["/listings?q=%E9%87%91%E8%9E%8D", "/listings?q=%E9%87%91%E8%9E%8D"],
  ])("keeps the same-site path %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    "https://evil.example/me",
    "//evil.example/me",
    "/\\evil.example",
    "/\tevil",
    "javascript:alert(1)",
    "me",
    "",
    "/sign-in?callbackUrl=/me",
    undefined,
    ["/me"],
  ])("falls back to /me for %s", (input) => {
    expect(safeReturnPath(input)).toBe("/me");
  });
});
