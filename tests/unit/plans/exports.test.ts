import { describe, expect, it } from "vitest";
import { writeCalendar } from "@/lib/calendar/ics";
import { milestoneUid, planToEvents } from "@/lib/plans/calendar";
import { escapeMarkdown, planToMarkdown } from "@/lib/plans/markdown";

const plan = { title: "PMからPMへ", goalRole: "PM", targetDate: "2027-11-30" };
const base = { certificationSlug: null, doneOn: null, note: "" };
const milestones = [
  { ...base, id: "0b6f3c1e-0000-4000-8000-000000000001", title: "PMPに合格する", kind: "certification" as const, status: "done" as const, dueDate: "2027-03-31", doneOn: "2027-03-20", certificationSlug: "pmp", note: "会場は新宿" },
  { ...base, id: "0b6f3c1e-0000-4000-8000-000000000002", title: "サブPMを任される", kind: "experience" as const, status: "doing" as const, dueDate: "2027-08-31" },
  { ...base, id: "0b6f3c1e-0000-4000-8000-000000000003", title: "職務経歴書を*更新*する", kind: "application" as const, status: "todo" as const, dueDate: null },
];

describe("planToMarkdown", () => {
  const markdown = planToMarkdown(plan, milestones, { pmp: "PMP" });

  it("writes the plan as a checklist with progress, dates, certification and note", () => {
    expect(markdown).toContain("# PMからPMへ\n");
    expect(markdown).toContain("- 目標日: 2027年11月30日");
    expect(markdown).toContain("- 進捗: 1 / 3 件完了（33%）");
    expect(markdown).toContain("- [x] PMPに合格する\n  - 資格 / 完了 / 期日 2027年3月31日 / 完了 2027年3月20日\n  - 資格: PMP\n  - メモ: 会場は新宿");
    expect(markdown).toContain("- [ ] サブPMを任される\n  - 経験 / 進行中 / 期日 2027年8月31日\n");
  });

  it("escapes Markdown syntax in user text, so a title cannot turn into formatting or links", () => {
    expect(markdown).toContain("- [ ] 職務経歴書を\\*更新\\*する");
    expect(escapeMarkdown("[罠](https://example.com)\n# 見出し")).toBe("\\[罠\\](https://example.com) \\# 見出し");
  });

  it("says so when there are no milestones", () => {
    expect(planToMarkdown(plan, [])).toContain("（まだマイルストーンはありません）");
  });
});

describe("planToEvents", () => {
  const events = planToEvents(plan, milestones, "https://example.com/me/plans/1");

  it("makes one all-day event per dated milestone, skipping undated ones", () => {
    expect(events.map((event) => [event.date, event.summary])).toEqual([
      ["2027-03-31", "✓ PMPに合格する"],
      ["2027-08-31", "サブPMを任される"],
    ]);
    expect(events[1]?.description).toBe("PMからPMへ\n経験 / 進行中 / 期日 2027年8月31日");
  });

  it("gives each milestone a UID that stays the same across exports", () => {
    expect(events[0]?.uid).toBe(milestoneUid(milestones[0]!.id));
    expect(planToEvents(plan, [...milestones].reverse())[1]?.uid).toBe(events[0]?.uid);
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
  });

  it("becomes a calendar file with a VEVENT per milestone", () => {
    const ics = writeCalendar(plan.title, events, new Date("2026-11-21T00:00:00Z"));
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain("DTSTART;VALUE=DATE:20270831\r\n");
    expect(ics).toContain(`UID:plan-milestone-${milestones[1]!.id}@pmo-career-guide\r\n`);
  });
});
