import { describe, expect, it } from "vitest";
import { describeDevice } from "@/lib/sessions/device";

describe("device description", () => {
  it("names the browser and OS from a user agent", () => {
    expect(describeDevice("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36")).toEqual({ browser: "Chrome 130", os: "Windows 10" });
    expect(describeDevice("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")).toMatchObject({ browser: "Mobile Safari 17", os: "iOS 17.5" });
  });

  it("says it does not know rather than showing an empty string", () => {
    expect(describeDevice("")).toEqual({ browser: "不明なブラウザ", os: "不明なOS" });
  });
});
