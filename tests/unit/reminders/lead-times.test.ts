import { describe, expect, it } from "vitest";
import { dueLeadTime, isNewlyOverdue, japanHour, japanWeekday } from "@/lib/reminders/lead-times";

const exam = "2027-03-31";
const leads = [30, 7, 1];

describe("dueLeadTime", () => {
  it("fires each lead on its day, and only the latest-due one when several are due", () => {
    expect(dueLeadTime(exam, leads, "2027-02-28", "2027-01-01")).toBeNull();
    expect(dueLeadTime(exam, leads, "2027-03-01", "2027-01-01")).toBe(30);
    expect(dueLeadTime(exam, leads, "2027-03-24", "2027-01-01")).toBe(7);
    expect(dueLeadTime(exam, leads, "2027-03-30", "2027-01-01")).toBe(1);
    // The server was down from the 7-day to the 1-day mark: only the 1-day reminder, not both.
    expect(dueLeadTime(exam, leads, "2027-03-30", "2027-01-01")).toBe(1);
  });

  it("skips the leads that had passed when the date was entered and fires the next one normally", () => {
    expect(dueLeadTime(exam, leads, "2027-03-21", "2027-03-21")).toBeNull();
    expect(dueLeadTime(exam, leads, "2027-03-24", "2027-03-21")).toBe(7);
    expect(dueLeadTime(exam, leads, "2027-03-01", "2027-03-01")).toBe(30);
  });

  it("fires nothing on or after the date", () => {
    expect(dueLeadTime(exam, leads, exam, "2027-01-01")).toBeNull();
    expect(dueLeadTime(exam, leads, "2027-04-02", "2027-01-01")).toBeNull();
  });
});

describe("isNewlyOverdue", () => {
  it("is true from the day after the due date, when the date was set before it passed", () => {
    expect(isNewlyOverdue("2027-03-31", "2027-03-31", "2027-03-01")).toBe(false);
    expect(isNewlyOverdue("2027-03-31", "2027-04-01", "2027-03-01")).toBe(true);
    expect(isNewlyOverdue("2027-03-31", "2027-04-05", "2027-04-02")).toBe(false);
  });
});

describe("Japan time helpers", () => {
  it("read the hour and weekday in Japan time, not UTC", () => {
    // 2027-03-01 is a Monday; 23:30 UTC on Sunday is 8:30 on Monday in Japan.
    const mondayMorning = new Date("2027-02-28T23:30:00Z");
    expect(japanHour(mondayMorning)).toBe(8);
    expect(japanWeekday(mondayMorning)).toBe(1);
    expect(japanHour(new Date("2027-03-01T14:59:00Z"))).toBe(23);
  });
});
