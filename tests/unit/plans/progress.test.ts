import { describe, expect, it } from "vitest";
import { isOverdue, planProgress, progressOf, upcomingMilestones } from "@/lib/plans/progress";

const milestone = (position: number, status: "todo" | "doing" | "done", dueDate: string | null) => ({ id: `m${position}`, position, status, dueDate });

describe("planProgress", () => {
  it("is the share of milestones done, rounded down", () => {
    expect(planProgress([milestone(0, "done", null), milestone(1, "doing", null), milestone(2, "todo", null)])).toEqual({ done: 1, total: 3, percent: 33 });
  });

  it("never shows 100% before the last milestone is done", () => {
    expect(progressOf(199, 200).percent).toBe(99);
    expect(progressOf(200, 200).percent).toBe(100);
  });

  it("is 0% for a plan without milestones", () => {
    expect(planProgress([])).toEqual({ done: 0, total: 0, percent: 0 });
  });
});

describe("isOverdue", () => {
  it("marks an unfinished milestone past its due date, not one due today or done", () => {
    expect(isOverdue(milestone(0, "doing", "2026-11-20"), "2026-11-21")).toBe(true);
    expect(isOverdue(milestone(0, "todo", "2026-11-21"), "2026-11-21")).toBe(false);
    expect(isOverdue(milestone(0, "done", "2026-11-01"), "2026-11-21")).toBe(false);
    expect(isOverdue(milestone(0, "todo", null), "2026-11-21")).toBe(false);
  });
});

describe("upcomingMilestones", () => {
  it("lists unfinished milestones soonest first, undated last, in plan order on ties", () => {
    const list = [milestone(0, "todo", null), milestone(1, "done", "2026-12-01"), milestone(2, "todo", "2027-01-10"), milestone(3, "doing", "2026-12-15"), milestone(4, "todo", "2026-12-15")];
    expect(upcomingMilestones(list, 3).map((item) => item.id)).toEqual(["m3", "m4", "m2"]);
    expect(upcomingMilestones(list, 10).map((item) => item.id)).toEqual(["m3", "m4", "m2", "m0"]);
  });
});
