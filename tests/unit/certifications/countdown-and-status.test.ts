import { afterEach, describe, expect, it } from "vitest";
import { countdownLabel } from "@/lib/certifications/countdown";
import { effectiveStatus, renewalDeadline } from "@/lib/certifications/tracking/status";

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe("exam countdowns in Japan days", () => {
  it("turns over at midnight in Tokyo, not at midnight UTC or in the server's zone", () => {
    // 2026-11-20T15:30Z is already 11月21日 00:30 in Japan.
    const justAfterJapanMidnight = new Date("2026-11-20T15:30:00Z");
    for (const zone of ["UTC", "America/Los_Angeles", "Asia/Tokyo", "Pacific/Kiritimati"]) {
      process.env.TZ = zone;
      expect(countdownLabel("2026-11-21", justAfterJapanMidnight)).toBe("今日");
      expect(countdownLabel("2026-12-01", justAfterJapanMidnight)).toBe("あと10日");
      expect(countdownLabel("2026-11-18", justAfterJapanMidnight)).toBe("3日前");
    }
    expect(countdownLabel("2026-11-21", new Date("2026-11-20T14:59:59Z"))).toBe("あと1日");
  });
});

describe("status shown for a tracked certification", () => {
  const pmp = { certificationSlug: "pmp", status: "passed" as const, resultDate: "2026-06-15", expiresOn: null };

  it("derives the PMP renewal deadline from the pass date unless an expiry was entered", () => {
    expect(renewalDeadline(pmp)).toBe("2029-06-14");
    expect(renewalDeadline({ ...pmp, expiresOn: "2029-07-01" })).toBe("2029-07-01");
    expect(renewalDeadline({ ...pmp, certificationSlug: "ipa-pm" })).toBeNull();
    expect(renewalDeadline({ ...pmp, status: "studying" })).toBeNull();
  });

  it("reads 更新要 from 180 days before the deadline", () => {
    expect(effectiveStatus(pmp, "2028-12-15")).toBe("passed");
    expect(effectiveStatus(pmp, "2028-12-16")).toBe("renewal_due");
    expect(effectiveStatus({ ...pmp, status: "scheduled" }, "2029-06-01")).toBe("scheduled");
  });
});
