import { describe, expect, it } from "vitest";
import { formatMonth, planTimeline } from "@/lib/plans/timeline";

const milestone = (id: string, dueDate: string | null, status: "todo" | "done" = "todo", position = 0) => ({ id, title: id, status, dueDate, position });

describe("planTimeline", () => {
  it("runs from the current month to the target month, marking today, the target and overdue milestones", () => {
    const rows = planTimeline([milestone("late", "2026-10-15"), milestone("done-late", "2026-10-01", "done"), milestone("soon", "2026-12-10")], "2027-01-31", "2026-11-21");
    expect(rows.map((row) => (row.type === "month" ? row.month : `gap ${row.months}`))).toEqual(["2026-10", "2026-11", "2026-12", "2027-01"]);
    const [october, november, , january] = rows;
    expect(october?.type === "month" && october.milestones.map((item) => [item.id, item.overdue])).toEqual([
      ["done-late", false],
      ["late", true],
    ]);
    expect(november).toMatchObject({ isCurrent: true, milestones: [] });
    expect(january).toMatchObject({ isTarget: true });
  });

  it("collapses months with nothing due into one gap", () => {
    const rows = planTimeline([milestone("exam", "2027-06-01")], "2027-12-31", "2026-11-21");
    expect(rows.map((row) => (row.type === "month" ? row.month : `gap ${row.months}`))).toEqual(["2026-11", "gap 6", "2027-06", "gap 5", "2027-12"]);
  });

  it("shows the current month alone for a plan without dates", () => {
    expect(planTimeline([milestone("undated", null)], null, "2026-11-21")).toEqual([{ type: "month", month: "2026-11", isCurrent: true, isTarget: false, milestones: [] }]);
  });
});

describe("formatMonth", () => {
  it("reads as a Japanese month", () => {
    expect(formatMonth("2027-01")).toBe("2027年1月");
  });
});
