import { describe, expect, it } from "vitest";
import { defaultTargetDate, suggestMilestones } from "@/lib/plans/due-dates";

const path = {
  typicalMonths: 12,
  stages: [
    { title: "土台づくり", months: 3, milestones: [{ kind: "skill" as const, title: "WBSを自分で引く" }] },
    { title: "資格", months: 6, milestones: [{ kind: "certification" as const, title: "PMPに合格する", certification: "pmp" as const }, { kind: "experience" as const, title: "サブPMを任される" }] },
    { title: "応募", months: 3, milestones: [{ kind: "application" as const, title: "PM求人に応募する" }] },
  ],
};

describe("suggestMilestones", () => {
  it("counts back from the target date by the months of the stages after each one", () => {
    const suggested = suggestMilestones(path, "2027-11-30", "2026-11-21");
    expect(suggested.map((milestone) => [milestone.title, milestone.dueDate])).toEqual([
      ["WBSを自分で引く", "2027-02-28"],
      ["PMPに合格する", "2027-08-30"],
      ["サブPMを任される", "2027-08-30"],
      ["PM求人に応募する", "2027-11-30"],
    ]);
  });

  it("keeps each milestone's kind and certification", () => {
    const [, certification, experience] = suggestMilestones(path, "2027-11-30", "2026-11-21");
    expect(certification).toMatchObject({ kind: "certification", certificationSlug: "pmp" });
    expect(experience).toMatchObject({ kind: "experience", certificationSlug: null });
  });

  it("squeezes the stages between today and a target sooner than the path's length, never into the past", () => {
    const suggested = suggestMilestones(path, "2027-05-21", "2026-11-21"); // 181 days instead of 12 months: 3/12, 9/12 and 12/12 of them
    expect(suggested.map((milestone) => milestone.dueDate)).toEqual(["2027-01-05", "2027-04-06", "2027-04-06", "2027-05-21"]);
  });
});

describe("defaultTargetDate", () => {
  it("gives the path its typical length from today", () => {
    expect(defaultTargetDate(path, "2026-11-21")).toBe("2027-11-21");
  });
});
