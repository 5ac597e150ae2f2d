import { describe, expect, it } from "vitest";
import { pmpExperience, uniqueMonths } from "@/lib/career/pmp-months";
import { project } from "./fixtures";

const today = "2026-12-02";

describe("PMP experience months", () => {
  it("counts both end months of a project", () => {
    expect(pmpExperience([project({ startMonth: "2024-04", endMonth: "2024-06" })], today).months).toBe(3);
  });

  it("counts months shared by overlapping projects once", () => {
    const result = pmpExperience(
      [project({ startMonth: "2023-01", endMonth: "2023-12" }), project({ startMonth: "2023-07", endMonth: "2024-06" })],
      today,
    );
    expect(result.months).toBe(18);
    // Each project still shows its own length.
    expect(result.counted.map((item) => item.months)).toEqual([12, 12]);
  });

  it("does not count the gap between projects", () => {
    expect(pmpExperience([project({ startMonth: "2020-01", endMonth: "2020-06" }), project({ startMonth: "2021-01", endMonth: "2021-03" })], today).months).toBe(9);
  });

  it("counts an ongoing project up to this month, and a planned end no further than this month", () => {
    expect(pmpExperience([project({ startMonth: "2026-01", ongoing: true })], today).months).toBe(12);
    expect(pmpExperience([project({ startMonth: "2026-10", endMonth: "2027-03" })], today).months).toBe(3);
  });

  it("counts only the last eight years: this month and the 95 before it", () => {
    const result = pmpExperience([project({ startMonth: "2015-01", endMonth: "2019-12" })], today);
    expect(result.windowStart).toBe("2019-01");
    expect(result.windowEnd).toBe("2026-12");
    expect(result.months).toBe(12);
    expect(result.counted[0]).toMatchObject({ from: "2019-01", to: "2019-12" });
  });

  it("moves the window with the clock", () => {
    const old = project({ startMonth: "2019-01", endMonth: "2019-03" });
    expect(pmpExperience([old], "2026-12-31").months).toBe(3);
    expect(pmpExperience([old], "2027-01-01").months).toBe(2);
    expect(pmpExperience([old], "2027-04-01").notCounted).toEqual([{ id: old.id, title: old.title, reason: "outside-window" }]);
  });

  it("says why a project is not counted instead of guessing its dates", () => {
    const undated = project({ title: "日付なし" });
    const unfinished = project({ title: "終了未入力", startMonth: "2025-01" });
    const excluded = project({ title: "支援のみ", startMonth: "2025-01", endMonth: "2025-12", countsForPmp: false });
    const future = project({ title: "来年から", startMonth: "2027-04", ongoing: true });
    const result = pmpExperience([undated, unfinished, excluded, future], today);
    expect(result.months).toBe(0);
    expect(result.notCounted.map((item) => [item.title, item.reason])).toEqual([
      ["日付なし", "no-start"],
      ["終了未入力", "no-end"],
      ["支援のみ", "excluded"],
      ["来年から", "future"],
    ]);
  });

  it("reaches 36 months for the bachelor's route only with 36 distinct months", () => {
    const threeYears = [project({ startMonth: "2022-01", endMonth: "2023-12" }), project({ startMonth: "2023-06", endMonth: "2024-11" })];
    expect(pmpExperience(threeYears, today).months).toBe(35);
    expect(pmpExperience([...threeYears, project({ startMonth: "2024-12", endMonth: "2024-12" })], today).months).toBe(36);
  });
});

describe("unique months without a window", () => {
  it("counts all dated projects once each month, however old", () => {
    expect(uniqueMonths([project({ startMonth: "2010-04", endMonth: "2012-03" }), project({ startMonth: "2011-04", ongoing: true })], today)).toBe(201);
  });
});
