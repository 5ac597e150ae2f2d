import { describe, expect, it } from "vitest";
import { hoursPerWeek, minutesThisMonth, mondayOf } from "@/lib/certifications/tracking/study-stats";
import { certificationEvents } from "@/lib/certifications/tracking/calendar";
import { pduEntrySchema, studySessionSchema } from "@/lib/certifications/tracking/schema";

const trackedId = "00000000-0000-4000-8000-000000000001";

describe("study hours", () => {
  it("groups sessions into Monday-to-Sunday weeks, oldest first, ending with this week", () => {
    expect(mondayOf("2026-11-22")).toBe("2026-11-16"); // a Sunday
    expect(mondayOf("2026-11-16")).toBe("2026-11-16");
    const weeks = hoursPerWeek(
      [
        { studiedOn: "2026-11-16", minutes: 90 },
        { studiedOn: "2026-11-22", minutes: 30 },
        { studiedOn: "2026-11-15", minutes: 60 },
        { studiedOn: "2026-01-01", minutes: 600 },
      ],
      "2026-11-21",
      3,
    );
    expect(weeks).toEqual([
      { weekStart: "2026-11-02", hours: 0 },
      { weekStart: "2026-11-09", hours: 1 },
      { weekStart: "2026-11-16", hours: 2 },
    ]);
  });

  it("totals this Japan month only", () => {
    expect(minutesThisMonth([{ studiedOn: "2026-11-01", minutes: 30 }, { studiedOn: "2026-10-31", minutes: 45 }], "2026-11-21")).toBe(30);
  });
});

describe("calendar events", () => {
  it("exports exam dates and renewal deadlines with UIDs that stay the same across exports", () => {
    const events = certificationEvents(
      [
        { id: "a1", certificationSlug: "pmp", status: "passed", examDate: "2026-06-15", resultDate: "2026-06-15", expiresOn: null },
        { id: "b2", certificationSlug: "ipa-pm", status: "scheduled", examDate: "2027-04-18", resultDate: null, expiresOn: null },
      ],
      (slug) => slug.toUpperCase(),
      "https://example.jp",
    );
    expect(events.map((event) => [event.uid, event.date, event.summary])).toEqual([
      ["exam-a1@pmo-career-guide", "2026-06-15", "PMP 受験日"],
      ["exam-b2@pmo-career-guide", "2027-04-18", "IPA-PM 受験日"],
      ["renewal-a1@pmo-career-guide", "2029-06-14", "PMP 更新期限"],
    ]);
  });
});

describe("tracker input", () => {
  it("accepts PDUs in quarter steps only", () => {
    const base = { trackedId, earnedOn: "2027-01-10", category: "power_skills", activity: "" };
    expect(pduEntrySchema.safeParse({ ...base, units: "1.25" }).success).toBe(true);
    const refused = pduEntrySchema.safeParse({ ...base, units: "1.3" });
    expect(refused.success ? "" : refused.error.issues[0]?.message).toBe("PDU数は0.25単位で入力してください。");
  });

  it("refuses impossible dates and study sessions over a day", () => {
    expect(studySessionSchema.safeParse({ trackedId, studiedOn: "2026-02-30", minutes: "60", topic: "" }).success).toBe(false);
    expect(studySessionSchema.safeParse({ trackedId, studiedOn: "2026-02-28", minutes: "1441", topic: "" }).success).toBe(false);
    expect(studySessionSchema.safeParse({ trackedId, studiedOn: "2026-02-28", minutes: "60", topic: "" }).success).toBe(true);
  });
});
