import { afterEach, describe, expect, it } from "vitest";
import { japanToday } from "@/lib/calendar/japan-date";
import { countdownLabel } from "@/lib/certifications/countdown";
import { now, shiftClockTo } from "@/lib/clock";
import { devClockEnabled, productionProblems, resetEnvCache } from "@/lib/env";

const saved = { ...process.env };
function withEnv(values: Record<string, string>) {
  process.env = { ...saved, DEV_CLOCK: "", DEV_MAILBOX: "", SITE_URL: "", ...values } as NodeJS.ProcessEnv;
  resetEnvCache();
}
afterEach(() => {
  shiftClockTo(null);
  process.env = saved;
  resetEnvCache();
});

describe("the injectable clock", () => {
  it("reads the real time until moved, then the moved time as it keeps running", () => {
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(50);
    shiftClockTo(new Date("2027-03-01T08:00:00+09:00"));
    expect(japanToday()).toBe("2027-03-01");
    expect(countdownLabel("2027-03-08")).toBe("あと7日");
    shiftClockTo(null);
    expect(japanToday()).toBe(new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Tokyo" }));
  });

  it("can be moved on a development server, and in production only with DEV_CLOCK=on for a local site", () => {
    withEnv({ NODE_ENV: "development" });
    expect(devClockEnabled()).toBe(true);
    withEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40) });
    expect(devClockEnabled()).toBe(false);
    withEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), DEV_CLOCK: "on", SITE_URL: "http://127.0.0.1:3100" });
    expect(devClockEnabled()).toBe(true);
    expect(productionProblems()).toEqual([]);
  });

  it("stops a production server that would let anyone move its clock", () => {
    withEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), DEV_CLOCK: "on" });
    expect(productionProblems().join()).toMatch(/DEV_CLOCK=on/);
    withEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), DEV_CLOCK: "on", SITE_URL: "https://pmo-career.example" });
    expect(productionProblems().join()).toMatch(/DEV_CLOCK=on/);
  });
});
